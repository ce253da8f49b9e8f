"""File > Export: format, which claims, label language, destination, and a
preview of what will be written.

The preview shows HTML and Markdown rendered, CSV and ClaimReview as text
(ClaimReview's validation errors and skipped claims included), and says what
XLSX and PDF will hold. The dialog starts from the last choices
(:class:`claims.preferences.LastExport`) and :meth:`ExportDialog.last_export`
gives the new ones for the preferences.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from claims.errors import ExportError
from claims.export import FORMATS, ExportOptions, options_from, render
from claims.model import Sheet, Status
from claims.preferences import LastExport, Preferences
from gui.labels import status_label
from gui.wheel import guard_wheel

PREVIEW_DELAY_MS = 150
"""Typing and ticking settle this long before the preview is rebuilt."""


class ExportDialog(QDialog):
    """Choose an export; :meth:`choice` gives the format, options and path."""

    preview_updated = Signal()

    def __init__(
        self,
        sheet: Sheet,
        preferences: Preferences,
        default_path: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export claim sheet"))
        self._sheet = sheet
        self._preferences = preferences
        last = preferences.last_export

        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        labels = {
            "csv": self.tr("CSV spreadsheet"),
            "xlsx": self.tr("Excel workbook (XLSX)"),
            "md": self.tr("Markdown table"),
            "html": self.tr("HTML page"),
            "pdf": self.tr("PDF document"),
            "claimreview": self.tr("ClaimReview JSON-LD (publishing)"),
        }
        for name in FORMATS:
            self.format.addItem(labels.get(name, name), name)
        self.format.setCurrentIndex(max(0, self.format.findData(last.format)))

        self.all_claims = QRadioButton(self.tr("All claims ({0})").format(len(sheet.claims)))
        self.all_claims.setObjectName("exportAllClaims")
        self.some_claims = QRadioButton(self.tr("Only claims marked:"))
        self.some_claims.setObjectName("exportSomeClaims")
        counts = sheet.counts()
        self.status_boxes: dict[Status, QCheckBox] = {}
        boxes = QGridLayout()
        for index, status in enumerate(Status):
            box = QCheckBox(f"{status_label(status)} ({counts[status]})")
            box.setObjectName(f"exportStatus_{status.value}")
            box.setChecked(status.value in last.statuses)
            self.status_boxes[status] = box
            boxes.addWidget(box, index // 3, index % 3)
        (self.some_claims if last.statuses else self.all_claims).setChecked(True)

        self.language = QComboBox()
        self.language.setObjectName("exportLanguage")
        self.language.addItem(
            self.tr("The article's ({0})").format(sheet.article.language.value), ""
        )
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        self.language.setCurrentIndex(max(0, self.language.findData(last.language)))

        self.bom = QCheckBox(self.tr("Start with a byte order mark (for Excel)"))
        self.bom.setObjectName("exportBom")
        self.bom.setChecked(last.csv_bom)
        self.semicolon = QCheckBox(self.tr("Separate fields with semicolons (Excel in French)"))
        self.semicolon.setObjectName("exportSemicolon")
        self.semicolon.setChecked(last.csv_delimiter == ";")

        self.path = QLineEdit(str(default_path.with_name(self._file_name(default_path))))
        self.path.setObjectName("exportPath")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)

        self.preview = QTextBrowser()
        self.preview.setObjectName("exportPreview")
        self.preview.setOpenLinks(False)
        self.notes = QLabel()
        self.notes.setObjectName("exportNotes")
        self.notes.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        claims_box = QVBoxLayout()
        claims_box.addWidget(self.all_claims)
        claims_box.addWidget(self.some_claims)
        claims_box.addLayout(boxes)
        form.addRow(self.tr("Claims"), claims_box)
        form.addRow(self.tr("Labels"), self.language)
        form.addRow("", self.bom)
        form.addRow("", self.semicolon)
        form.addRow(self.tr("Save as"), path_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Preview")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.buttons)
        self.resize(900, 760)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        self.format.currentIndexChanged.connect(self._on_format_changed)
        self.language.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.semicolon.toggled.connect(lambda _on: self._timer.start())
        self.all_claims.toggled.connect(self._on_claims_toggled)
        for box in self.status_boxes.values():
            box.toggled.connect(lambda _on: self._timer.start())
        self._on_format_changed()
        self._on_claims_toggled()
        guard_wheel(self)  # the wheel changes a choice only once it has the focus

    # -- choices ------------------------------------------------------------
    def format_name(self) -> str:
        return str(self.format.currentData())

    def _statuses(self) -> list[str]:
        if self.all_claims.isChecked():
            return []
        return [s.value for s, box in self.status_boxes.items() if box.isChecked()]

    def options(self) -> ExportOptions:
        """The export options as chosen (the desk comes from the preferences)."""
        statuses = self._statuses()
        options = options_from(
            self._preferences,
            language=str(self.language.currentData() or ""),
            statuses=statuses,
            csv_bom=self.bom.isChecked(),
            csv_delimiter=";" if self.semicolon.isChecked() else ",",
        )
        if self.some_claims.isChecked() and not statuses:
            return ExportOptions(
                language=options.language,
                statuses=frozenset(),
                csv_bom=options.csv_bom,
                csv_delimiter=options.csv_delimiter,
                desk=options.desk,
            )
        return options

    def destination(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def last_export(self) -> LastExport:
        """The choices to offer next time."""
        return LastExport(
            format=self.format_name(),
            language=self.language.currentData() or "",
            statuses=self._statuses(),
            csv_bom=self.bom.isChecked(),
            csv_delimiter=";" if self.semicolon.isChecked() else ",",
        )

    # -- reacting -----------------------------------------------------------
    def _file_name(self, path: Path) -> str:
        """``path``'s name with the chosen format's suffix."""
        name = path.name
        for fmt in FORMATS.values():
            if name.endswith(fmt.suffix):
                name = name[: -len(fmt.suffix)]
                break
        return name + FORMATS[self.format_name()].suffix

    @Slot()
    def _on_format_changed(self) -> None:
        self.bom.setEnabled(self.format_name() == "csv")
        self.semicolon.setEnabled(self.format_name() == "csv")
        current = Path(self.path.text().strip() or "export")
        self.path.setText(str(current.with_name(self._file_name(current))))
        self._timer.start()

    @Slot()
    def _on_claims_toggled(self) -> None:
        for box in self.status_boxes.values():
            box.setEnabled(self.some_claims.isChecked())
        self._timer.start()

    def _browse(self) -> None:
        fmt = FORMATS[self.format_name()]
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export claim sheet"),
            self.path.text(),
            f"{self.format.currentText()} (*{fmt.suffix})",
        )
        if name:
            self.path.setText(name)

    @Slot()
    def update_preview(self) -> None:
        """Rebuild the preview and the notes from the current choices."""
        self._timer.stop()
        fmt = self.format_name()
        options = self.options()
        count = len(options.claims(self._sheet))
        notes: list[str] = [self.tr("{0} claim(s) will be exported.").format(count)]
        export_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        export_button.setEnabled(count > 0)
        if fmt in ("xlsx", "pdf"):
            what = (
                self.tr("An Excel workbook: a Claims sheet and an Article sheet.")
                if fmt == "xlsx"
                else self.tr("A PDF on A4 landscape: the HTML page, printed.")
            )
            self.preview.setPlainText(what)
        else:
            try:
                rendered = render(self._sheet, fmt, options)
            except ExportError as exc:
                self.preview.setPlainText(str(exc))
                notes.append(self.tr("This export cannot be written as it is."))
                export_button.setEnabled(False)
            else:
                if fmt == "html":
                    self.preview.setHtml(rendered.text)
                elif fmt == "md":
                    self.preview.setMarkdown(rendered.text)
                else:
                    self.preview.setPlainText(rendered.text)
                notes += rendered.notes[:6]
                if len(rendered.notes) > 6:
                    notes.append(self.tr("… and {0} more").format(len(rendered.notes) - 6))
        self.notes.setText("\n".join(notes))
        self.preview_updated.emit()
