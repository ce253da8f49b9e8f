"""Edit > Article properties: the facts an export and a ClaimReview need
about the article (title, address, publisher, author, publication date,
language), as one undoable change of the sheet."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from claims.links import is_web_url
from claims.model import Article, Language
from gui.document import SheetDocument
from gui.wheel import guard_wheel

LANGUAGE_NAMES = {Language.FR: "Français", Language.EN: "English"}


class ArticleDialog(QDialog):
    """The article's facts, filled from the sheet; :meth:`article` gives
    the article with what was typed (the text itself never changes)."""

    def __init__(self, article: Article, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleDialog")
        self.setWindowTitle(self.tr("Article properties"))
        self._article = article
        form = QFormLayout(self)
        self.title_edit = QLineEdit(article.title or "")
        self.title_edit.setObjectName("articleTitle")
        self.url_edit = QLineEdit(article.url or "")
        self.url_edit.setObjectName("articleUrl")
        self.url_edit.setPlaceholderText("https://…")
        self.publisher_edit = QLineEdit(article.publisher or "")
        self.publisher_edit.setObjectName("articlePublisher")
        self.author_edit = QLineEdit(article.author or "")
        self.author_edit.setObjectName("articleAuthor")
        self.published_edit = QLineEdit(article.published.isoformat() if article.published else "")
        self.published_edit.setObjectName("articlePublished")
        self.published_edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.language = QComboBox()
        self.language.setObjectName("articleLanguage")
        for language, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, language.value)
        self.language.setCurrentIndex(self.language.findData(article.language.value))
        self.problem = QLabel()
        self.problem.setObjectName("articleProblem")
        self.problem.setWordWrap(True)
        for label, widget in (
            (self.tr("Title"), self.title_edit),
            (self.tr("URL"), self.url_edit),
            (self.tr("Publisher"), self.publisher_edit),
            (self.tr("Author"), self.author_edit),
            (self.tr("Published"), self.published_edit),
            (self.tr("Language"), self.language),
        ):
            form.addRow(label, widget)
        form.addRow(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        for edit in (self.url_edit, self.published_edit):
            edit.textChanged.connect(self._check)
        guard_wheel(self)
        self._check()

    def _problem(self) -> str:
        url = self.url_edit.text().strip()
        if url and not is_web_url(url):
            return self.tr("The URL must be a web address (http or https).")
        try:
            self._date()
        except ValueError:
            return self.tr("The date is written YYYY-MM-DD (2025-02-26).")
        return ""

    def _date(self) -> dt.date | None:
        text = self.published_edit.text().strip()
        return dt.date.fromisoformat(text) if text else None

    def _check(self) -> None:
        problem = self._problem()
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def article(self) -> Article:
        """The article with the facts as typed (blank is none); raises
        ``ValueError`` while the URL or the date cannot be taken."""
        if problem := self._problem():
            raise ValueError(problem)

        def text(edit: QLineEdit) -> str | None:
            return " ".join(edit.text().split()) or None

        return self._article.model_copy(
            update={
                "title": text(self.title_edit),
                "url": self.url_edit.text().strip() or None,
                "publisher": text(self.publisher_edit),
                "author": text(self.author_edit),
                "published": self._date(),
                "language": Language(self.language.currentData()),
            }
        )


def edit_article(document: SheetDocument, parent: QWidget | None = None) -> bool:
    """Show the article's properties; OK changes them as one undoable step.
    Returns whether anything changed."""
    dialog = ArticleDialog(document.sheet.article, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    return document.set_article(dialog.article(), dialog.tr("Edit the article's properties"))
