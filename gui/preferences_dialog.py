"""Edit > Preferences: checker name, interface language, export folder, and
the desk that publishes ClaimReview (name, site, review URL template).

The choices are saved with :mod:`claims.preferences` (not in ``QSettings``).
A new interface language applies from the next start.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from claims.preferences import Preferences
from gui.session import Session
from gui.wheel import guard_wheel


class PreferencesDialog(QDialog):
    """Edit a copy of the preferences; :meth:`preferences` returns the result."""

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._original = preferences
        self.checker = QLineEdit(preferences.checker)
        self.checker.setObjectName("prefChecker")
        self.checker.setPlaceholderText(self.tr("Your name, as it appears in the sheet"))
        self.language = QComboBox()
        self.language.setObjectName("prefLanguage")
        self.language.addItem(self.tr("System language"), "")
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        self.language.setCurrentIndex(max(0, self.language.findData(preferences.language)))
        self.language.setToolTip(self.tr("Applies the next time ClaimDesk starts"))
        self.export_folder = QLineEdit(preferences.export_folder)
        self.export_folder.setObjectName("prefExportFolder")
        self.export_folder.setPlaceholderText(self.tr("Beside the claim sheet"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.export_folder, 1)
        folder_row.addWidget(browse)
        self.desk_name = QLineEdit(preferences.desk_name)
        self.desk_name.setObjectName("prefDeskName")
        self.desk_name.setPlaceholderText(self.tr("The desk that publishes the fact-checks"))
        self.desk_url = QLineEdit(preferences.desk_url)
        self.desk_url.setObjectName("prefDeskUrl")
        self.desk_url.setPlaceholderText("https://")
        self.review_url = QLineEdit(preferences.review_url)
        self.review_url.setObjectName("prefReviewUrl")
        self.review_url.setPlaceholderText("https://desk.example/checks/{id}")
        self.review_url.setToolTip(
            self.tr("The address of each published review; {id} becomes the claim id")
        )
        form = QFormLayout(self)
        form.addRow(self.tr("Checker name"), self.checker)
        form.addRow(self.tr("Interface language"), self.language)
        form.addRow(self.tr("Default export folder"), folder_row)
        form.addRow(self.tr("Desk name (ClaimReview)"), self.desk_name)
        form.addRow(self.tr("Desk web site"), self.desk_url)
        form.addRow(self.tr("Review URL template"), self.review_url)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        guard_wheel(self)  # the wheel changes a choice only once it has the focus

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Default export folder"), self.export_folder.text()
        )
        if folder:
            self.export_folder.setText(folder)

    def preferences(self) -> Preferences:
        """The preferences as edited."""
        return self._original.model_copy(
            update={
                "checker": self.checker.text().strip(),
                "language": self.language.currentData() or "",
                "export_folder": self.export_folder.text().strip(),
                "desk_name": self.desk_name.text().strip(),
                "desk_url": self.desk_url.text().strip(),
                "review_url": self.review_url.text().strip(),
            }
        )


def edit_preferences(session: Session, parent: QWidget | None = None) -> bool:
    """Edit > Preferences: the dialog over the session's preferences; on OK
    they are stored (and the session says so). Returns whether they were."""
    dialog = PreferencesDialog(session.preferences, parent)
    if dialog.exec() != PreferencesDialog.DialogCode.Accepted:
        return False
    session.store(dialog.preferences())
    return True
