"""Every QAction of the main window, built in one place.

Shortcuts use ``QKeySequence.StandardKey`` where Qt has one (Open, Save,
Save As, Undo, Redo, Quit); each action has a status tip, a tooltip showing
its shortcut, and an enabled state derived from the document. Each action
calls the document, a pane or a controller (:mod:`gui.files`,
:mod:`gui.workflow`) by its public methods; the window only hands them over.

Every action made here, the recent files included, first commits the editor
still open (a form field or a table cell being typed,
:meth:`gui.workflow.Workflow.commit_editors`): a shortcut or a menu entry
never throws away what the checker was typing, whatever it does next.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from claims.model import VERDICT_STATUSES, Status
from gui.article_dialog import edit_article
from gui.article_view import ArticleView
from gui.claims_table import ClaimsTable
from gui.detail import ClaimDetail
from gui.dialogs import show_history, show_shortcuts
from gui.document import SheetDocument
from gui.files import FileController
from gui.filter_bar import FilterBar
from gui.labels import status_label
from gui.preferences_dialog import edit_preferences
from gui.session import Session
from gui.workflow import Workflow


class Actions(QObject):
    """The window's actions (attributes named like their objectNames) and menus."""

    def __init__(
        self,
        window: QMainWindow,
        *,
        document: SheetDocument,
        session: Session,
        files: FileController,
        workflow: Workflow,
        table: ClaimsTable,
        article: ArticleView,
        detail: ClaimDetail,
        filter_bar: FilterBar,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        self._session = session
        self._files = files
        self._table = table
        self._article = article
        self._commit_editors = workflow.commit_editors
        w = workflow
        self.open = self._make(
            "actionOpen",
            self.tr("&Open…"),
            QKeySequence.StandardKey.Open,
            self.tr("Open an article (.txt) or a claim sheet (.yaml)"),
            files.open_dialog,
        )
        self.open_address = self._make(
            "actionOpenAddress",
            self.tr("Open &web address…"),
            QKeySequence("Ctrl+Shift+O"),
            self.tr("Open an article by its web address"),
            files.open_address,
        )
        self.paste_article = self._make(
            "actionPasteArticle",
            self.tr("New from &clipboard"),
            QKeySequence("Ctrl+Shift+V"),
            self.tr("Open the text or web page in the clipboard as an article"),
            files.paste_article,
        )
        self.save = self._make(
            "actionSave",
            self.tr("&Save"),
            QKeySequence.StandardKey.Save,
            self.tr("Save the claim sheet"),
            files.save,
        )
        self.save_as = self._make(
            "actionSaveAs",
            self.tr("Save &As…"),
            QKeySequence.StandardKey.SaveAs,
            self.tr("Save the claim sheet under another name"),
            files.save_as,
        )
        self.export = self._make(
            "actionExport",
            self.tr("&Export claim sheet…"),
            QKeySequence("Ctrl+E"),
            self.tr("Export the claim sheet as CSV or Markdown"),
            files.export,
        )
        self.quit = self._make(
            "actionQuit",
            self.tr("&Quit"),
            QKeySequence.StandardKey.Quit,
            self.tr("Close ClaimDesk"),
            window.close,
        )
        stack = document.undo_stack
        self.undo = self._make(
            "actionUndo",
            self.tr("&Undo"),
            QKeySequence.StandardKey.Undo,
            self.tr("Undo the last change"),
            workflow.undo,
        )
        self.redo = self._make(
            "actionRedo",
            self.tr("&Redo"),
            QKeySequence.StandardKey.Redo,
            self.tr("Redo the change undone last"),
            workflow.redo,
        )
        # A value being typed becomes its edit before the undo, never lost
        # under it; the texts name the change ("Undo Mark 1 claim(s) false").
        stack.canUndoChanged.connect(self.undo.setEnabled)
        stack.canRedoChanged.connect(self.redo.setEnabled)
        stack.undoTextChanged.connect(self._on_undo_text_changed)
        stack.redoTextChanged.connect(self._on_redo_text_changed)
        self._on_undo_text_changed(stack.undoText())
        self._on_redo_text_changed(stack.redoText())
        self.undo.setEnabled(stack.canUndo())
        self.redo.setEnabled(stack.canRedo())
        self.mark_verified = self._make(
            "actionMarkVerified",
            self.tr("Mark &verified"),
            QKeySequence("Ctrl+1"),
            self.tr("Mark the selected claims verified"),
            lambda: w.mark(Status.VERIFIED),
        )
        self.mark_false = self._make(
            "actionMarkFalse",
            self.tr("Mark &false"),
            QKeySequence("Ctrl+2"),
            self.tr("Mark the selected claims false"),
            lambda: w.mark(Status.FALSE),
        )
        self.mark_misleading = self._make(
            "actionMarkMisleading",
            self.tr("Mark &misleading"),
            QKeySequence("Ctrl+3"),
            self.tr("Mark the selected claims misleading"),
            lambda: w.mark(Status.MISLEADING),
        )
        self.mark_inconclusive = self._make(
            "actionMarkInconclusive",
            self.tr("Mark &inconclusive"),
            QKeySequence("Ctrl+4"),
            self.tr("Mark the selected claims inconclusive"),
            lambda: w.mark(Status.INCONCLUSIVE),
        )
        self.mark_unchecked = self._make(
            "actionMarkUnchecked",
            self.tr("Mark &unchecked"),
            QKeySequence("Ctrl+0"),
            self.tr("Clear the verdict of the selected claims"),
            lambda: w.mark(Status.UNCHECKED),
        )
        self.mark_in_progress = self._make(
            "actionMarkInProgress",
            self.tr("Mark in &progress"),
            QKeySequence("Ctrl+5"),
            self.tr("Mark the selected claims as being checked"),
            lambda: w.mark(Status.IN_PROGRESS),
        )
        self.next_unchecked = self._make(
            "actionNextUnchecked",
            self.tr("&Next unchecked claim"),
            QKeySequence("Ctrl+J"),
            self.tr("Select the next claim not yet checked"),
            w.next_unchecked,
        )
        self.previous_unchecked = self._make(
            "actionPreviousUnchecked",
            self.tr("P&revious unchecked claim"),
            QKeySequence("Ctrl+Shift+J"),
            self.tr("Select the previous claim not yet checked"),
            w.previous_unchecked,
        )
        self.history = self._make(
            "actionHistory",
            self.tr("&Undo history…"),
            QKeySequence("Ctrl+H"),
            self.tr("Show every edit; click one to go back to it"),
            lambda: show_history(document.undo_stack, window),
        )
        self.resolve_conflicts = self._make(
            "actionResolveConflicts",
            self.tr("Resolve &merge conflicts…"),
            QKeySequence(),
            self.tr("Choose, for each field changed on both sides, which value to keep"),
            files.resolve_recorded_conflicts,
        )
        self.shortcuts = self._make(
            "actionShortcuts",
            self.tr("&Keyboard shortcuts"),
            QKeySequence(QKeySequence.StandardKey.HelpContents),
            self.tr("List every keyboard shortcut"),
            lambda: show_shortcuts(self.all(), self.table_actions(), window),
        )
        self.preferences = self._make(
            "actionPreferences",
            self.tr("&Preferences…"),
            QKeySequence("Ctrl+,"),  # Qt has no standard binding for it on Linux
            self.tr("Checker name, interface language, export folder"),
            lambda: edit_preferences(session, window),
        )
        self.article_properties = self._make(
            "actionArticleProperties",
            self.tr("&Article properties…"),
            QKeySequence("Ctrl+Shift+P"),
            self.tr("Title, URL, publisher, author, date and language of the article"),
            lambda: edit_article(document, window),
        )
        self.add_evidence = self._make(
            "actionAddEvidence",
            self.tr("Add &evidence link"),
            QKeySequence("Ctrl+L"),
            self.tr("Add an evidence link to the current claim"),
            w.add_evidence,
        )
        self.focus_table = self._make(
            "actionFocusTable",
            self.tr("Back to the claims table (from the form)"),
            QKeySequence(Qt.Key.Key_Escape),
            self.tr("Leave the form and return to the claims table"),
            w.focus_table,
        )
        self.focus_table.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        detail.addAction(self.focus_table)
        self.find = self._make(
            "actionFind",
            self.tr("&Find…"),
            QKeySequence(QKeySequence.StandardKey.Find),
            self.tr("Search the claims (quote, sentence, source, note)"),
            filter_bar.focus_search,
        )
        self.add_claim = self._make(
            "actionAddClaim",
            self.tr("&Add claim from selection"),
            QKeySequence("Ctrl+K"),
            self.tr("Add a claim for the text selected in the article"),
            w.add_claim_from_selection,
        )
        self.set_span = self._make(
            "actionSetSpan",
            self.tr("Set &span to selection"),
            QKeySequence("Ctrl+Shift+K"),
            self.tr("Anchor the current claim on the text selected in the article"),
            w.set_span_to_selection,
        )
        self.delete_claims = self._make(
            "actionDeleteClaims",
            self.tr("&Delete claims"),
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.tr("Delete the selected claims"),
            w.delete_selected,
        )
        # Delete and the single keys act only while the claims table has focus,
        # so they never steal a key typed in the article or a form field.
        self.delete_claims.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        table.addAction(self.delete_claims)
        self.table_keys = []
        for key, status in (
            ("V", Status.VERIFIED),
            ("F", Status.FALSE),
            ("M", Status.MISLEADING),
            ("I", Status.INCONCLUSIVE),
            ("P", Status.IN_PROGRESS),
            ("U", Status.UNCHECKED),
        ):
            self.table_keys.append(
                self._table_key(
                    f"actionKey{status.value.title().replace('_', '')}",
                    key,
                    self.tr("Mark {0}").format(status_label(status).lower()),
                    partial(w.mark, status, advance=status in VERDICT_STATUSES),
                )
            )
        self.table_keys.append(
            self._table_key("actionKeyNext", "J", self.tr("Next unchecked claim"), w.next_unchecked)
        )
        self.table_keys.append(
            self._table_key(
                "actionKeyPrevious", "K", self.tr("Previous unchecked claim"), w.previous_unchecked
            )
        )

        bar = window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.open)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.setObjectName("menuRecent")
        for action in (self.open_address, self.paste_article):
            file_menu.addAction(action)
        for action in (self.save, self.save_as, self.export):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo)
        edit_menu.addAction(self.redo)
        edit_menu.addAction(self.history)
        edit_menu.addAction(self.resolve_conflicts)
        edit_menu.addAction(self.article_properties)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find)
        edit_menu.addSeparator()
        edit_menu.addAction(self.add_claim)
        edit_menu.addAction(self.set_span)
        edit_menu.addAction(self.delete_claims)
        edit_menu.addAction(self.add_evidence)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences)
        claim_menu = bar.addMenu(self.tr("&Claim"))
        self.marks = (
            self.mark_verified,
            self.mark_false,
            self.mark_misleading,
            self.mark_inconclusive,
            self.mark_in_progress,
            self.mark_unchecked,
        )
        for action in self.marks:
            claim_menu.addAction(action)
        claim_menu.addSeparator()
        claim_menu.addAction(self.next_unchecked)
        claim_menu.addAction(self.previous_unchecked)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcuts)
        toolbar = window.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolBar")
        for tool in (
            self.open,
            self.save,
            self.export,
            None,
            self.undo,
            self.redo,
            None,
            self.mark_verified,
            self.mark_false,
            self.next_unchecked,
        ):
            if tool is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(tool)
        self.update_recent()

    def _make(
        self,
        name: str,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey,
        tip: str,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(name)
        action.setShortcut(shortcut)
        action.setStatusTip(tip)
        action.triggered.connect(self._committing(slot))
        self._tooltip(action, tip)
        return action

    def all(self) -> list[QAction]:
        """Every action of the menus and the form, for Help > Keyboard shortcuts
        (the claims table's single keys are :attr:`table_keys`)."""
        named = [
            self.open,
            self.open_address,
            self.paste_article,
            self.save,
            self.save_as,
            self.export,
            self.quit,
            self.preferences,
            self.article_properties,
            self.undo,
            self.redo,
            self.history,
            self.resolve_conflicts,
            self.find,
            self.add_claim,
            self.set_span,
            self.add_evidence,
            self.focus_table,
            *self.marks,
            self.next_unchecked,
            self.previous_unchecked,
            self.shortcuts,
        ]
        return named

    def table_actions(self) -> list[QAction]:
        """The actions that work while the claims table has focus."""
        return [self.delete_claims, *self.table_keys]

    def update_recent(self) -> None:
        """Fill File > Open Recent from the preferences."""
        if not hasattr(self, "recent_menu"):
            return
        self.recent_menu.clear()
        for index, path in enumerate(self._session.recent_files()):
            action = self.recent_menu.addAction(f"&{index + 1} {path.name}")
            action.setToolTip(str(path))
            action.setObjectName(f"actionRecent{index + 1}")
            action.triggered.connect(self._committing(partial(self._files.open_path, path)))
        self.recent_menu.setEnabled(not self.recent_menu.isEmpty())

    def _committing(self, slot: Callable[[], object]) -> Callable[[], None]:
        """``slot`` run after the editor still open is committed (the one
        way every action of the window is triggered)."""

        def run() -> None:
            self._commit_editors()
            slot()

        return run

    def _table_key(self, name: str, key: str, text: str, slot: Callable[[], object]) -> QAction:
        """A single-key shortcut that works while the claims table has focus."""
        action = QAction(text, self._window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(self._committing(slot))
        self._table.addAction(action)
        return action

    @staticmethod
    def _tooltip(action: QAction, tip: str | None = None) -> None:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        label = tip or action.text().replace("&", "")
        action.setToolTip(f"{label} ({keys})" if keys else label)

    @Slot(str)
    def _on_undo_text_changed(self, text: str) -> None:
        self.undo.setText(self.tr("&Undo {0}").format(text) if text else self.tr("&Undo"))
        self._tooltip(self.undo)

    @Slot(str)
    def _on_redo_text_changed(self, text: str) -> None:
        self.redo.setText(self.tr("&Redo {0}").format(text) if text else self.tr("&Redo"))
        self._tooltip(self.redo)

    def update_enabled(self) -> None:
        """Enable each action only when it can apply."""
        document = self._document
        has_claims = bool(document.sheet.claims)
        current = self._table.current_claim_id()
        has_selection = bool(self._table.selected_claim_ids())
        for action in self.marks:
            action.setEnabled(has_selection)
        for action in (self.next_unchecked, self.previous_unchecked):
            action.setEnabled(has_claims)
        self.delete_claims.setEnabled(has_selection)
        self.resolve_conflicts.setEnabled(document.conflict_count() > 0)
        # Saving applies while there is something new to write.
        # Always enabled: a note still being typed is not an edit yet, and
        # Ctrl+S must save it (the action commits the open editor first).
        self.save.setEnabled(True)
        self.add_evidence.setEnabled(current is not None)
        has_text = self._article.selected_span() is not None
        self.add_claim.setEnabled(has_text)
        self.set_span.setEnabled(has_text and current is not None)
