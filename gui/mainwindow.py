"""The main window: it arranges the panes around one document and connects
their signals.

The article (:mod:`gui.article_view`) stands on the left; on the right, the
filter bar and the claims table (:mod:`gui.claims_table`) above the detail
form (:mod:`gui.detail`). The document (:class:`gui.document.SheetDocument`)
owns the sheet, its file, its undo stack and its journal; the controllers
(:mod:`gui.files`, :mod:`gui.workflow`) carry out the menu commands; all
actions are built in :mod:`gui.actions`. The window itself only lays out,
wires, keeps the title and its layout, takes dropped files and asks before
closing.
"""

from __future__ import annotations

import logging
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMainWindow, QScrollArea, QSplitter, QVBoxLayout, QWidget

from claims.document import OpenedDocument
from claims.importers import SUFFIXES
from claims.sheet import FIRST_CHECKED_VERSION
from gui.actions import Actions
from gui.article_view import ArticleView
from gui.claims_table import ClaimsTable
from gui.detail import ClaimDetail
from gui.document import SheetDocument
from gui.files import FileController
from gui.filter_bar import FilterBar
from gui.layout import restore_layout, save_layout
from gui.session import Session
from gui.status_counts import StatusCounts
from gui.workflow import Workflow

log = logging.getLogger(__name__)

DROPPABLE = (*SUFFIXES, ".yaml", ".yml")
"""Files a drop on the window opens: articles in every format ClaimDesk
reads (:data:`claims.importers.SUFFIXES`) and claim sheets."""


class MainWindow(QMainWindow):
    """ClaimDesk's window over one document (see the module docstring).

    ``document`` is the open sheet; ``session`` the checker's preferences
    (loaded from their file when not given).
    """

    def __init__(self, document: SheetDocument, session: Session | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self._fit_to_screen()
        self.document = document
        document.setParent(self)
        self.session = session or Session()
        document.checker = self.session.checker()
        self._close_confirmed = False

        self.article_view = ArticleView()
        self.article_view.setAcceptDrops(False)
        self.article_view.set_sheet(document.sheet)
        self.table = ClaimsTable(document.model)
        self.detail = ClaimDetail(document)
        self.filter_bar = FilterBar(document.model, self.table.proxy)
        self.counts = StatusCounts(document.sheet)
        self.statusBar().addPermanentWidget(self.counts)
        self._arrange()

        self.workflow = Workflow(document, self.table, self.article_view, self.detail, self)
        self.files = FileController(document, self.session, self.workflow.commit_editors, self)
        self.action_set = Actions(
            self,
            document=document,
            session=self.session,
            files=self.files,
            workflow=self.workflow,
            table=self.table,
            article=self.article_view,
            detail=self.detail,
            filter_bar=self.filter_bar,
        )
        self._connect()
        if restore_layout(self, self.splitter, self.table.horizontalHeader()):
            self.table.sync_column_actions()
        self._update_title()
        if document.sheet.claims:
            self.table.select_claim(document.sheet.claims[0].id)
        self.table.setFocus()  # the keyboard starts on the claims
        if notes := self._opening_notes():
            self.statusBar().showMessage("  ·  ".join(notes))
        self.setAcceptDrops(True)
        self.action_set.update_enabled()
        if document.saved_once:
            self.session.remember(document.save_path)

    def _opening_notes(self) -> list[str]:
        """What the status bar says of the sheet as it opens: what opening
        found (an article changed under its sheet), conflicts left by a
        merge, a file in an older format (not checked for truncation)."""
        notes = list(self.document.opening_notes)
        if conflicts := self.document.conflict_count():
            notes.append(
                self.tr("{0} merge conflict(s) to resolve: Edit > Resolve merge conflicts").format(
                    conflicts
                )
            )
        if (version := self.document.file_format_version) < FIRST_CHECKED_VERSION:
            notes.append(
                self.tr(
                    "{0} was written in format {1} by an older ClaimDesk: it is not checked "
                    "for truncation until it is saved"
                ).format(self.document.save_path.name, version)
            )
        return notes

    def _fit_to_screen(self) -> None:
        """Start at 1400 x 860, or the screen's free area when it is smaller
        (a 1280 x 720 laptop); a saved layout then takes over."""
        screen = self.screen().availableGeometry()
        self.resize(min(1400, screen.width()), min(860, screen.height()))

    def _arrange(self) -> None:
        """Lay the panes out: the article | (filters, table) over the form."""
        claims_pane = QWidget()
        claims_layout = QVBoxLayout(claims_pane)
        claims_layout.setContentsMargins(0, 0, 0, 0)
        claims_layout.addWidget(self.filter_bar)
        claims_layout.addWidget(self.table)
        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.addWidget(claims_pane)
        detail_area = QScrollArea()
        detail_area.setWidget(self.detail)
        detail_area.setWidgetResizable(True)
        detail_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.right.addWidget(detail_area)
        self.right.setStretchFactor(0, 3)
        self.right.setStretchFactor(1, 2)
        self.right.setSizes([520, 340])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.article_view)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([640, 760])
        self.setCentralWidget(self.splitter)

    def _connect(self) -> None:
        document, table, actions = self.document, self.table, self.action_set
        table.current_claim_changed.connect(self._on_current_claim_changed)
        table.selectionModel().selectionChanged.connect(lambda *_: actions.update_enabled())
        self.article_view.claim_clicked.connect(table.select_claim)
        self.article_view.selectionChanged.connect(actions.update_enabled)
        document.claim_changed.connect(self._on_claim_changed)
        document.claims_changed.connect(self._on_claims_changed)
        document.modified_changed.connect(self._on_modified_changed)
        document.undo_stack.indexChanged.connect(lambda _i: self._update_actions())
        document.saved.connect(lambda _path: self._update_title())
        self.session.preferences_changed.connect(self._on_preferences_changed)
        for controller in (self.workflow, self.files):
            controller.message.connect(self.statusBar().showMessage)
        self.files.opened.connect(self._on_opened)

    # -- keeping the panes in step ----------------------------------------------
    @Slot(object)
    def _on_current_claim_changed(self, claim_id: str | None) -> None:
        self.detail.show_claim(claim_id)
        self.article_view.show_claim(claim_id)
        self.action_set.update_enabled()

    @Slot(str)
    def _on_claim_changed(self, _claim_id: str) -> None:
        self._on_claims_changed()

    @Slot()
    def _on_claims_changed(self) -> None:
        self.article_view.schedule_refresh()
        self.counts.refresh()

    @Slot(bool)
    def _on_modified_changed(self, modified: bool) -> None:
        # The stack may still signal while the window is being destroyed.
        if shiboken6.isValid(self):
            self.setWindowModified(modified)
            self._update_actions()

    def _update_actions(self) -> None:
        if shiboken6.isValid(self.document.undo_stack):
            self.action_set.update_enabled()

    @Slot()
    def _on_preferences_changed(self) -> None:
        self.document.checker = self.session.checker()
        self.action_set.update_recent()

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.document.save_path.name}[*] — ClaimDesk")
        self.setWindowModified(self.document.has_unsaved_work())

    # -- another file -----------------------------------------------------------
    @Slot(object)
    def _on_opened(self, opened: OpenedDocument) -> None:
        """Show another file (its unsaved work here was saved or discarded)
        in a window of its own, in place of this one."""
        replacement = MainWindow(SheetDocument.opened(opened), self.session)
        replacement.show()
        self._close_confirmed = True
        if self.close():
            self.deleteLater()  # its document, watcher and journal tag go with it

    def _dropped_path(self, event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        usable = [p for p in paths if p.suffix.lower() in DROPPABLE]
        return usable[0] if len(paths) == 1 and usable else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_path(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_path(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files.open_path(path)

    # -- closing ----------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._close_confirmed or self.files.maybe_save():
            save_layout(self, self.splitter, self.table.horizontalHeader())
            self.document.close()  # a clean close: nothing to recover
            event.accept()
        else:
            event.ignore()
