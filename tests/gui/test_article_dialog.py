"""Edit > Article properties: the article's facts, typed once, in the sheet
and its exports, as one undoable step."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from claims.model import Language, Status
from claims.preferences import Preferences
from claims.sheet import load_sheet
from gui.article_dialog import ArticleDialog
from gui.mainwindow import MainWindow


def _fill(values: dict[str, str], seen: list[bool]) -> None:
    """Type ``values`` into the dialog once it is up, then press OK."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ArticleDialog):
            QTimer.singleShot(20, fill)
            return
        for name, text in values.items():
            getattr(dialog, name).setText(text)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen.append(ok.isEnabled())
        dialog.accept() if ok.isEnabled() else dialog.reject()

    QTimer.singleShot(0, fill)


def test_the_facts_typed_reach_the_sheet_and_undo_takes_them_back(
    window: MainWindow, tmp_path: Path
) -> None:
    seen: list[bool] = []
    _fill(
        {
            "title_edit": "Alibaba Cloud étend sa présence",
            "url_edit": "https://example.org/alibaba",
            "publisher_edit": "Exemple  Médias",
            "author_edit": "Camille Martin",
            "published_edit": "2025-02-26",
        },
        seen,
    )
    window.findChild(object, "actionArticleProperties").trigger()
    article = window.document.sheet.article
    assert seen == [True]
    assert (article.title, article.url, article.publisher, article.author) == (
        "Alibaba Cloud étend sa présence",
        "https://example.org/alibaba",
        "Exemple Médias",
        "Camille Martin",
    )
    assert article.published == dt.date(2025, 2, 26) and article.language is Language.FR
    window.files.save()
    assert load_sheet(window.document.save_path).article.author == "Camille Martin"
    window.document.set_status(["c1"], Status.VERIFIED)
    window.session.preferences = Preferences(
        desk_name="Exemple Factuel", review_url="https://example.org/checks/{id}"
    )
    out = tmp_path / "reviews.json"
    assert window.files.export_to(out, "claimreview")  # the URL was all it lacked
    review = json.loads(out.read_text(encoding="utf-8"))[0]
    assert review["itemReviewed"]["appearance"]["url"] == "https://example.org/alibaba"
    stack = window.document.undo_stack
    stack.undo()  # the verdict
    stack.undo()  # the facts
    assert window.document.sheet.article.title is None
    stack.redo()
    assert window.document.sheet.article.url == "https://example.org/alibaba"


def test_a_bad_url_or_date_cannot_be_taken(window: MainWindow) -> None:
    for field, text in (("url_edit", "javascript:alert(1)"), ("published_edit", "26/02/2025")):
        seen: list[bool] = []
        _fill({field: text}, seen)
        window.findChild(object, "actionArticleProperties").trigger()
        assert seen == [False]
    assert window.document.sheet.article.url is None
    assert window.document.undo_stack.count() == 0
