"""The main window: article, claims table and detail form in splitters.

One document at a time: a :class:`~claims.model.Sheet`, the path it is saved
to, and its ``QUndoStack`` (whose clean state drives the ``[*]`` modified
marker). All actions are built in :mod:`gui.actions`.
"""

from __future__ import annotations

import functools
import getpass
import logging
import os
from collections.abc import Callable
from pathlib import Path

import shiboken6
from pydantic import ValidationError
from PySide6.QtCore import (
    QFileSystemWatcher,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from claims.article import read_article
from claims.errors import ClaimDeskError
from claims.export import ExportOptions, default_export_path, export_sheet, options_from
from claims.extract import anchor_values, claim_from_span, extract_sheet
from claims.merge import merge_sheets
from claims.model import VERDICT_STATUSES, Article, Sheet, Status
from claims.preferences import Preferences, load_preferences, save_preferences, with_recent
from claims.recovery import discard_journal, new_tag, release_tag, write_journal
from claims.sheet import (
    default_sheet_path,
    dump_sheet,
    file_digest,
    is_sheet_path,
    load_sheet,
    loads_sheet,
    save_sheet,
)
from gui.actions import Actions
from gui.article_view import ArticleView
from gui.claims_model import ClaimRole, ClaimsProxyModel, ClaimsTableModel, Column
from gui.conflicts import ConflictDialog
from gui.delegates import SourceDelegate, StatusDelegate, kind_delegate, qualifier_delegate
from gui.detail import ClaimDetail
from gui.dialogs import HistoryDialog, ShortcutsDialog
from gui.export_dialog import ExportDialog
from gui.extraction import extract_with_progress
from gui.filter_bar import FilterBar
from gui.msgbox import show_error
from gui.preferences_dialog import PreferencesDialog
from gui.status_style import kind_label, status_label
from gui.undo import ReplaceClaimsCommand

log = logging.getLogger(__name__)


JOURNAL_DELAY_MS = 1000
"""Unsaved work is journaled this long after the first edit (at most once a second)."""

HIDDEN_COLUMNS = frozenset({Column.UNIT, Column.QUALIFIER, Column.NOTE})
"""Table columns hidden until the checker shows them (the form has them)."""


def checker_name(preferences: Preferences | None = None) -> str:
    """The checker's name for ``checked_by`` and the history:
    ``CLAIMDESK_CHECKER``, else the name in the preferences, else the OS login."""
    configured = preferences.checker if preferences is not None else ""
    try:
        return os.environ.get("CLAIMDESK_CHECKER") or configured or getpass.getuser()
    except OSError:
        return "checker"


class MainWindow(QMainWindow):
    """ClaimDesk's window over one claim sheet."""

    def __init__(
        self, sheet: Sheet, save_path: Path, *, saved: bool, recovered: bool = False
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.resize(1400, 860)
        self.sheet = sheet
        self.save_path = save_path
        self._saved_once = saved
        self._recovered = recovered  # restored from a crash journal: unsaved
        self._journal_timer = QTimer(self)
        self._journal_timer.setSingleShot(True)
        self._journal_timer.setInterval(JOURNAL_DELAY_MS)
        self._journal_timer.timeout.connect(self._write_journal)
        self._journal_tag = new_tag()
        # Destroyed without a clean close (as a crash leaves it): its journal
        # becomes recoverable. A plain function: the window is gone by then.
        self.destroyed.connect(functools.partial(release_tag, self._journal_tag))
        self._base_text = ""
        self._disk_digest: str | None = None
        self._merged_at_save = False
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_file_changed)
        self.preferences = load_preferences()
        self.undo_stack = QUndoStack(self)
        self._history_dialog: HistoryDialog | None = None
        self.model = ClaimsTableModel(sheet, self.undo_stack, checker_name(self.preferences), self)
        self.proxy = ClaimsProxyModel(self)
        self.proxy.setSourceModel(self.model)

        self.article_view = ArticleView()
        self.table = QTableView()
        self.table.setObjectName("claimsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.ID, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setItemDelegateForColumn(Column.STATUS, StatusDelegate(self.table))
        self.table.setItemDelegateForColumn(Column.KIND, kind_delegate(self.table))
        self.table.setItemDelegateForColumn(Column.QUALIFIER, qualifier_delegate(self.table))
        self.table.setItemDelegateForColumn(
            Column.SOURCE, SourceDelegate(self.model.sources, self.table)
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.CLAIM, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (Column.ID, 44),
            (Column.KIND, 90),
            (Column.VALUE, 120),
            (Column.UNIT, 90),
            (Column.QUALIFIER, 80),
            (Column.SOURCE, 130),
            (Column.STATUS, 110),
            (Column.NOTE, 140),
            (Column.CHECKED_BY, 90),
        ):
            header.resizeSection(column, width)
        # Columns the detail form also shows start hidden; the header's context
        # menu shows or hides any column.
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.column_actions: dict[Column, QAction] = {}
        for column in Column:
            action = QAction(self.model.headerData(column, Qt.Orientation.Horizontal), header)
            action.setCheckable(True)
            action.setChecked(column not in HIDDEN_COLUMNS)
            action.setEnabled(column not in (Column.ID, Column.CLAIM))
            action.toggled.connect(lambda shown, c=column: self.table.setColumnHidden(c, not shown))
            header.addAction(action)
            self.column_actions[column] = action
            self.table.setColumnHidden(column, column in HIDDEN_COLUMNS)
        self.detail = ClaimDetail(self.model)

        self.filter_bar = FilterBar(self.model, self.proxy)
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

        self.counts_label = QLabel()
        self.counts_label.setObjectName("statusCounts")
        self.progress = QProgressBar()
        self.progress.setObjectName("checkProgress")
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.progress)

        self.action_set = Actions(self)
        self.article_view.set_sheet(sheet)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.article_view.claim_clicked.connect(self.select_claim)
        self.model.claim_changed.connect(lambda _id: self._refresh())
        self.model.claims_changed.connect(self._refresh)
        self.article_view.selectionChanged.connect(self._update_actions)
        self.table.activated.connect(self._edit_on_enter)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.undo_stack.indexChanged.connect(self._schedule_journal)
        self.undo_stack.indexChanged.connect(lambda _i: self._update_actions())
        self._restore_layout()
        self._refresh()
        self._update_title()
        if sheet.claims:
            self.select_claim(sheet.claims[0].id)
        self.table.setFocus()  # the keyboard starts on the claims
        if saved:
            self._remember_disk()
        conflicts = sum(len(c.conflicts) for c in sheet.claims)
        if conflicts:
            self.statusBar().showMessage(
                self.tr("{0} merge conflict(s) to resolve: Edit > Resolve merge conflicts").format(
                    conflicts
                )
            )
        self.setAcceptDrops(True)
        self.article_view.setAcceptDrops(False)
        self.table.setAcceptDrops(False)
        self._remember(save_path if saved else None)

    @property
    def saved_once(self) -> bool:
        """Whether the sheet has been written to :attr:`save_path` (or read from it)."""
        return self._saved_once

    # -- selection ----------------------------------------------------------
    def current_claim_id(self) -> str | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        claim = index.data(ClaimRole)
        return claim.id if claim is not None else None

    def selected_claim_ids(self) -> list[str]:
        """Ids of the selected rows, in view order (the current one if none is selected)."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ids = [self.proxy.index(r, 0).data(ClaimRole).id for r in rows]
        if not ids and (current := self.current_claim_id()) is not None:
            ids = [current]
        return ids

    @Slot(str)
    def select_claim(self, claim_id: str) -> None:
        """Make ``claim_id`` the current row, scroll to it and show it everywhere."""
        try:
            source = self.model.index(self.model.row_of(claim_id), 0)
        except KeyError:
            return
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            return
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        claim_id = self.current_claim_id() if current.isValid() else None
        self.detail.show_claim(claim_id)
        self.article_view.show_claim(claim_id)
        self._update_actions()

    def add_evidence(self) -> None:
        """Add an evidence link to the current claim and put the cursor in its URL."""
        if self.current_claim_id() is not None:
            self.detail.evidence.add()

    def focus_table(self) -> None:
        """Give the keyboard back to the claims table (Esc in the detail form)."""
        self.commit_editors()
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_preferences(self) -> None:
        """Edit > Preferences."""
        dialog = PreferencesDialog(self.preferences, self)
        if dialog.exec() != PreferencesDialog.DialogCode.Accepted:
            return
        self._store_preferences(dialog.preferences())
        self.model.checker = checker_name(self.preferences)

    def _store_preferences(self, preferences: Preferences) -> None:
        self.preferences = preferences
        try:
            save_preferences(preferences)
        except OSError as exc:
            log.warning("could not save the preferences: %s", exc)
        self.action_set.update_recent()

    def _remember(self, path: Path | None) -> None:
        """Put ``path`` first in File > Open Recent."""
        if path is not None:
            self._store_preferences(with_recent(self.preferences, path))

    def recent_files(self) -> list[Path]:
        """Recent articles and sheets that still exist, most recent first."""
        return [Path(p) for p in self.preferences.recent if Path(p).exists()]

    # -- drag and drop ------------------------------------------------------
    def _dropped_path(self, event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        usable = [p for p in paths if p.suffix.lower() in (".txt", ".yaml", ".yml")]
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
        self.open_path(path)

    def show_history(self) -> None:
        """Edit > History: the undo stack as a list."""
        if self._history_dialog is None:
            self._history_dialog = HistoryDialog(self.undo_stack, self)
        self._history_dialog.show()
        self._history_dialog.raise_()

    def show_shortcuts(self) -> None:
        """Help > Keyboard shortcuts."""
        ShortcutsDialog(self.action_set.all(), self.action_set.table_actions(), self).exec()

    @Slot(QModelIndex)
    def _edit_on_enter(self, index: QModelIndex) -> None:
        """Enter on a row opens the editor of its cell (when it can be edited)."""
        if index.flags() & Qt.ItemFlag.ItemIsEditable:
            self.table.edit(index)

    # -- editing ------------------------------------------------------------
    def commit_editors(self) -> None:
        """Commit any editor still open (a cell being typed, a detail field)."""
        editor = self.table.indexWidget(self.table.currentIndex())
        if editor is not None:
            self.table.commitData(editor)
            self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        self.detail.commit()

    def mark(self, status: Status, advance: bool = False) -> None:
        """Set ``status`` on the selected claims (one undo step); with
        ``advance``, then select the next unchecked claim (the single keys of
        the table: one key per claim)."""
        self.commit_editors()
        ids = self.selected_claim_ids()
        if ids:
            self.model.set_status(ids, status)
            if advance:
                self.next_unchecked()
                return
            self.statusBar().showMessage(
                self.tr("{0} claim(s) marked {1}").format(len(ids), status_label(status).lower()),
                4000,
            )

    def next_unchecked(self) -> None:
        """Select the next unchecked claim in view order, wrapping around."""
        self._step_unchecked(1)

    def previous_unchecked(self) -> None:
        """Select the previous unchecked claim, wrapping around."""
        self._step_unchecked(-1)

    def _step_unchecked(self, step: int) -> None:
        rows = self.proxy.rowCount()
        if rows == 0:
            return
        current = self.table.currentIndex().row()
        if current < 0:
            current = -1 if step > 0 else rows
        for distance in range(1, rows + 1):
            row = (current + step * distance) % rows
            claim = self.proxy.index(row, 0).data(ClaimRole)
            if claim.status is Status.UNCHECKED:
                self.select_claim(claim.id)
                return
        self.statusBar().showMessage(self.tr("Every claim has been checked"), 4000)

    def add_claim_from_selection(self) -> None:
        """Add a claim for the text selected in the article (undoable)."""
        self.commit_editors()
        span = self.article_view.selected_span()
        if span is None:
            self.statusBar().showMessage(
                self.tr("Select the claim's text in the article first"), 4000
            )
            return
        try:
            claim = claim_from_span(self.sheet.article, span[0], span[1], self.sheet.next_id())
        except ValueError:
            self.statusBar().showMessage(self.tr("The selection holds no text"), 4000)
            return
        if any(c.span == claim.span for c in self.sheet.claims):
            self.statusBar().showMessage(self.tr("This text is already a claim"), 4000)
            return
        self.model.add_claim(claim)
        self.select_claim(claim.id)
        self.statusBar().showMessage(
            self.tr("Added {0} ({1})").format(claim.id, kind_label(claim.kind)), 4000
        )

    def set_span_to_selection(self) -> None:
        """Re-anchor the current claim on the text selected in the article (undoable)."""
        self.commit_editors()
        claim_id = self.current_claim_id()
        span = self.article_view.selected_span()
        if claim_id is None or span is None:
            return
        try:
            values = anchor_values(self.sheet.article, span[0], span[1])
        except ValueError:
            return
        self.model.edit(claim_id, values, self.tr("Re-anchor {0}").format(claim_id))
        self.article_view.show_claim(claim_id)

    def delete_selected(self) -> None:
        """Delete the selected claims (one undo step) and select the next row."""
        self.commit_editors()
        ids = self.selected_claim_ids()
        if not ids:
            return
        row = self.table.currentIndex().row()
        self.model.delete_claims(ids)
        if self.proxy.rowCount():
            next_row = min(max(row, 0), self.proxy.rowCount() - 1)
            self.select_claim(self.proxy.index(next_row, 0).data(ClaimRole).id)
        self.statusBar().showMessage(self.tr("Deleted {0} claim(s)").format(len(ids)), 4000)

    # -- files --------------------------------------------------------------
    def save(self) -> bool:
        """Save to :attr:`save_path`; return whether the sheet was written."""
        self.commit_editors()
        if not self._saved_once and self.save_path.exists():
            answer = QMessageBox.question(
                self,
                self.tr("Replace claim sheet?"),
                self.tr("{0} already exists. Replace it with this sheet?").format(
                    self.save_path.name
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return self.save_as()
        if not self._merge_changes_on_disk():
            return False
        return self._write(self.save_path)

    def _merge_changes_on_disk(self) -> bool:
        """When someone else saved :attr:`save_path` since it was loaded or
        saved here, merge their changes into this sheet first (three-way,
        :mod:`claims.merge`); conflicts are settled in a dialog. Returns
        ``False`` when the save should not go on (cancelled, unreadable file)."""
        if self._disk_digest is None or file_digest(self.save_path) in (None, self._disk_digest):
            return True
        try:
            theirs = load_sheet(self.save_path)
            result = merge_sheets(loads_sheet(self._base_text), self.sheet, theirs)
        except ClaimDeskError as exc:
            show_error(self, self.tr("Could not merge"), str(exc))
            return self.save_as()
        merged = result.sheet
        for note in result.notes:
            log.warning("%s: %s", self.save_path.name, note)
        if not result.clean:
            dialog = ConflictDialog(merged, self)
            if self.resolve_conflicts(dialog) != QDialog.DialogCode.Accepted:
                return False
            resolved = self._resolved(dialog, merged)
            if resolved is None:
                return False
            merged = resolved
        self._replace_sheet(merged)
        self._merged_at_save = True
        return True

    def _resolved(self, dialog: ConflictDialog, sheet: Sheet) -> Sheet | None:
        """``sheet`` settled as chosen in ``dialog``; ``None`` (and a message)
        if the choices do not make a valid sheet."""
        try:
            return dialog.resolved(sheet)
        except ValidationError as exc:
            show_error(self, self.tr("Could not merge"), str(exc))
            return None

    def resolve_recorded_conflicts(self) -> None:
        """Edit > Resolve merge conflicts: settle the conflicts a merge left on
        the claims (``claimdesk merge``, a git merge), as one undoable step."""
        self.commit_editors()
        if not any(c.conflicts for c in self.sheet.claims):
            return
        dialog = ConflictDialog(self.sheet, self, at_save=False)
        if self.resolve_conflicts(dialog) == QDialog.DialogCode.Accepted:
            resolved = self._resolved(dialog, self.sheet)
            if resolved is not None:
                self._replace_sheet(resolved)

    def resolve_conflicts(self, dialog: ConflictDialog) -> int:
        """Show the conflict dialog (tests drive it through this hook)."""
        return dialog.exec()

    def _replace_sheet(self, sheet: Sheet, text: str | None = None) -> None:
        """Show ``sheet`` (a merge result, a reload) in place of the current
        one, as one undoable step named ``text``."""
        current = self.current_claim_id()
        self.sheet.article = sheet.article
        object.__setattr__(self.sheet, "last_id", max(self.sheet.last_id, sheet.last_id))
        self.undo_stack.push(
            ReplaceClaimsCommand(
                self.model, sheet.claims, text or self.tr("Merge the changes saved on disk")
            )
        )
        if current is not None and any(c.id == current for c in self.sheet.claims):
            self.select_claim(current)

    def _reload_from_disk(self) -> bool:
        """Show the sheet someone else saved, when there is nothing unsaved
        here to merge (an undoable step; the window stays unmodified).
        Returns ``False`` when the file cannot be read as the same article's
        sheet (the message then says the file changed)."""
        try:
            theirs = load_sheet(self.save_path)
        except ClaimDeskError as exc:
            log.warning("not reloading %s: %s", self.save_path, exc)
            return False
        if theirs.article.text != self.sheet.article.text:
            return False
        self._replace_sheet(theirs, self.tr("Reload the sheet saved on disk"))
        self.undo_stack.setClean()
        self._remember_disk()
        self.statusBar().showMessage(
            self.tr("Reloaded {0}: someone else saved it").format(self.save_path.name), 8000
        )
        return True

    def adopt_base(self, base_text: str, digest: str) -> None:
        """Take ``base_text`` (the sheet as a file with SHA-256 ``digest`` once
        held it) as the base of the next merge: restored work then merges with
        what was saved since, instead of overwriting it."""
        self._base_text = base_text
        self._disk_digest = digest
        if self.save_path.exists() and str(self.save_path) not in self._watcher.files():
            self._watcher.addPath(str(self.save_path))

    def _remember_disk(self) -> None:
        """Note the sheet's bytes on disk as the base of a later merge."""
        self._base_text = dump_sheet(self.sheet)
        self._disk_digest = file_digest(self.save_path)
        if self._watcher.files():
            self._watcher.removePaths(self._watcher.files())
        if self._disk_digest is not None:
            self._watcher.addPath(str(self.save_path))

    @Slot(str)
    def _on_file_changed(self, _path: str) -> None:
        """Say at once (the message stays) that the file changed under us."""
        digest = file_digest(self.save_path)
        if self._disk_digest is not None and digest not in (None, self._disk_digest):
            if not self.has_unsaved_work() and self._reload_from_disk():
                return
        if self._disk_digest is not None and digest != self._disk_digest:
            if digest is None:
                message = self.tr("{0} was deleted or moved: saving will write it again")
            else:
                message = self.tr("{0} was changed by someone else: saving will merge both")
            self.statusBar().showMessage(message.format(self.save_path.name))
        if self.save_path.exists() and str(self.save_path) not in self._watcher.files():
            self._watcher.addPath(str(self.save_path))  # re-arm after a replace

    def save_as(self) -> bool:
        self.commit_editors()
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save claim sheet"),
            str(self.save_path),
            self.tr("Claim sheets (*.yaml *.yml)"),
        )
        if not name:
            return False
        return self._write(Path(name))

    def _write(self, path: Path) -> bool:
        try:
            save_sheet(self.sheet, path)
        except OSError as exc:
            # Disk full, read-only or vanished folder: the previous file is
            # untouched and the edits stay here; offer another place.
            reason = exc.strerror or str(exc)
            log.error("could not save %s: %s", path, reason)
            if path.parent.is_dir():
                text = self.tr(
                    "{0} could not be written: {1}.\n\nYour edits are still here, and the "
                    "previous file is unchanged. Save them somewhere else?"
                )
            else:  # the folder itself is gone: there is no previous file to speak of
                text = self.tr(
                    "{0} could not be written: {1}; its folder no longer exists.\n\n"
                    "Your edits are still here. Save them somewhere else?"
                )
            answer = QMessageBox.warning(
                self,
                self.tr("Could not save"),
                text.format(path, reason),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Save:
                return self.save_as()
            return False
        self.save_path = path
        self._saved_once = True
        self._recovered = False
        self._remember_disk()
        self.undo_stack.setClean()
        self.setWindowModified(False)
        self._journal_timer.stop()
        discard_journal(self._journal_tag)
        self._update_actions()
        self._remember(path)
        self._update_title()
        if self._merged_at_save:
            message = self.tr("Saved {0}, merged with the changes saved there meanwhile")
        else:
            message = self.tr("Saved {0}")
        self._merged_at_save = False
        self.statusBar().showMessage(message.format(path), 8000)
        return True

    def export_to(self, path: Path, fmt: str, options: ExportOptions | None = None) -> bool:
        """Write the ``fmt`` export of the sheet to ``path`` (editors committed
        first); ``options`` default to every claim, the article's language and
        the desk of the preferences. Errors are shown, nothing is half-written."""
        self.commit_editors()
        try:
            rendered = export_sheet(
                self.sheet,
                fmt,
                path,
                options or options_from(self.preferences),
                sheet_path=self.save_path,
            )
        except ClaimDeskError as exc:
            show_error(self, self.tr("Could not export"), str(exc))
            return False
        except OSError as exc:
            show_error(self, self.tr("Could not export"), f"{exc.filename or path}: {exc.strerror}")
            return False
        except Exception as exc:  # a library's refusal must not take the edits down
            log.exception("export of %s failed", path)
            show_error(self, self.tr("Could not export"), f"{path}: {exc}")
            return False
        message = self.tr("Exported {0}").format(path)
        if rendered.notes:
            message += " · " + self.tr("{0} note(s): {1}").format(
                len(rendered.notes), rendered.notes[0]
            )
            for note in rendered.notes:
                log.info("%s: %s", path.name, note)
        self.statusBar().showMessage(message, 8000)
        return True

    def default_export_path(self, fmt: str) -> Path:
        """Where an export goes by default: the preferences' export folder
        when it exists, else beside the claim sheet."""
        path = default_export_path(self.save_path, fmt)
        folder = Path(self.preferences.export_folder).expanduser()
        if self.preferences.export_folder and folder.is_dir():
            return folder / path.name
        return path

    def export(self) -> bool:
        """File > Export: the Export dialog, then the export it describes."""
        self.commit_editors()
        dialog = ExportDialog(
            self.sheet,
            self.preferences,
            self.default_export_path(self.preferences.last_export.format),
            self,
        )
        if self.run_export_dialog(dialog) != QDialog.DialogCode.Accepted:
            return False
        self._store_preferences(
            self.preferences.model_copy(update={"last_export": dialog.last_export()})
        )
        path = dialog.destination()
        if path.exists():
            answer = QMessageBox.question(
                self,
                self.tr("Replace the file?"),
                self.tr("{0} already exists. Replace it?").format(path),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        return self.export_to(path, dialog.format_name(), dialog.options())

    def run_export_dialog(self, dialog: ExportDialog) -> int:
        """Show the Export dialog (tests drive it through this hook)."""
        dialog.update_preview()
        return dialog.exec()

    def open_path(self, path: Path) -> None:
        """Open an article or a sheet in this window (after the unsaved-edits prompt)."""
        if not self._maybe_save():
            return
        try:
            loaded = load_document(path, lambda article: extract_with_progress(article, self))
        except ClaimDeskError as exc:
            show_error(self, self.tr("Could not open"), str(exc))
            return
        if loaded is None:
            self.statusBar().showMessage(self.tr("Opening cancelled"), 4000)
            return
        sheet, save_path, saved = loaded
        self._remember(path)
        replacement = MainWindow(sheet, save_path, saved=saved)
        replacement.show()
        self.undo_stack.setClean()
        self.close()

    def open_dialog(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open article or claim sheet"),
            str(self.save_path.parent),
            self.tr("Articles and claim sheets (*.txt *.yaml *.yml);;All files (*)"),
        )
        if name:
            self.open_path(Path(name))

    # -- window -------------------------------------------------------------
    def _refresh(self) -> None:
        self.article_view.refresh()
        counts = self.sheet.counts()
        total = len(self.sheet.claims)
        checked = sum(counts[s] for s in VERDICT_STATUSES)
        self.counts_label.setText(
            " · ".join(
                [self.tr("{0} claims").format(total)]
                + [f"{counts[s]} {status_label(s).lower()}" for s in Status if counts[s]]
            )
        )
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(checked)
        self.progress.setFormat(self.tr("{0} / {1} checked").format(checked, total))

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.save_path.name}[*] — ClaimDesk")
        self.setWindowModified(self.has_unsaved_work())

    def has_unsaved_work(self) -> bool:
        """Edits not yet saved (or work restored from a crash journal)."""
        return self._recovered or not self.undo_stack.isClean()

    # -- crash journal ------------------------------------------------------
    def _schedule_journal(self) -> None:
        """Journal the sheet a second after the first unsaved edit (at most
        one write per second, see :mod:`claims.recovery`)."""
        if self.has_unsaved_work() and not self._journal_timer.isActive():
            self._journal_timer.start()

    def write_journal_now(self) -> None:
        """Journal the unsaved work at once (restored work, before its old
        journal is removed)."""
        self._journal_timer.stop()
        self._write_journal()

    def _write_journal(self) -> None:
        if not self.has_unsaved_work():
            return
        try:
            write_journal(
                self.sheet, self.save_path, self._journal_tag, self._base_text, self._disk_digest
            )
        except OSError as exc:
            log.warning("could not write the recovery journal: %s", exc)

    @Slot(bool)
    def _on_clean_changed(self, clean: bool) -> None:
        # The stack may still signal while the window is being destroyed.
        if shiboken6.isValid(self):
            self.setWindowModified(not clean)
            self._update_actions()

    def _update_actions(self) -> None:
        # The stack's signals may still fire while the window is being destroyed.
        if hasattr(self, "action_set") and shiboken6.isValid(self.undo_stack):
            self.action_set.update_enabled()

    def _maybe_save(self) -> bool:
        """Ask Save/Discard/Cancel when there are unsaved edits; True to go on."""
        self.commit_editors()
        if not self.has_unsaved_work():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The claim sheet {0} has unsaved changes. Save them?").format(
                self.save_path.name
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._maybe_save():
            self._save_layout()
            self._journal_timer.stop()
            discard_journal(self._journal_tag)  # a clean close: nothing to recover
            event.accept()
        else:
            event.ignore()

    def _settings(self) -> QSettings:
        return QSettings("ClaimDesk", "ClaimDesk")

    def _restore_layout(self) -> None:
        settings = self._settings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value("window/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        columns = settings.value("window/columns")
        if columns is not None and self.table.horizontalHeader().restoreState(columns):
            for column, action in self.column_actions.items():
                action.setChecked(not self.table.isColumnHidden(column))

    def _save_layout(self) -> None:
        settings = self._settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("window/columns", self.table.horizontalHeader().saveState())


def load_document(
    path: Path, extract: Callable[[Article], Sheet | None] = extract_sheet
) -> tuple[Sheet, Path, bool] | None:
    """Read an article or a sheet: ``(sheet, path to save to, already saved there)``.

    An article whose sheet ``NAME.claims.yaml`` exists beside it, for the same
    text, opens that sheet so the work goes on where it stopped; another is
    read by ``extract``, which may return ``None`` (cancelled: so does this).
    Raises :class:`ClaimDeskError` subclasses on bad files.
    """
    path = Path(path)
    if is_sheet_path(path):
        return load_sheet(path), path, True
    article = read_article(path)
    sheet_path = default_sheet_path(path)
    if sheet_path.exists():
        try:
            existing = load_sheet(sheet_path)
        except ClaimDeskError as exc:
            log.warning("not resuming %s: %s", sheet_path, exc)
        else:
            if existing.article.text == article.text:
                return existing, sheet_path, True
    sheet = extract(article)
    return None if sheet is None else (sheet, sheet_path, False)
