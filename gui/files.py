"""The file side of a window: open, save, save as, export, the close prompt,
and the dialogs around the document's file operations.

:class:`FileController` asks (Replace? Save, Discard or Cancel? which value
of a conflict?) and tells (errors, "Saved", "changed by someone else");
the document does the work (:class:`gui.document.SheetDocument`). Every
command commits the editor still open first, so a value being typed is
saved or exported with the rest. Nothing is overwritten without a word:
a failed write keeps the edits and the previous file, and offers another
place; a sheet file made read-only is never replaced (as exports are not,
:func:`claims.sheet.is_read_only`).

Tests drive the two dialogs through the hooks :meth:`FileController.resolve_conflicts`
and :meth:`FileController.run_export_dialog`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QWidget,
)

from claims.article import ImportedArticle, article_from_bytes
from claims.document import OpenedDocument, checked_work, load_document, open_article
from claims.errors import ClaimDeskError
from claims.export import ExportOptions, default_export_path, export_sheet, options_from
from claims.fetch import sheet_name_for, sheet_name_for_title
from claims.importers import SUFFIXES
from claims.merge import MergeError, MergeResult
from claims.model import Article, Sheet
from claims.sheet import is_read_only, load_sheet
from gui.conflicts import ConflictDialog
from gui.document import SheetDocument
from gui.export_dialog import ExportDialog
from gui.extraction import extract_with_progress
from gui.fetching import fetch_with_progress
from gui.msgbox import show_error
from gui.session import Session

log = logging.getLogger(__name__)

Opener = Callable[[Callable[[Article], Sheet | None], str], OpenedDocument | None]
"""Opens something, given the extraction to use and the checker's name."""

MESSAGE_MS = 8000
"""How long a file message stays in the status bar."""

SHOWN_LINES = 8
"""Claims listed in the replace box itself; the rest under Show Details."""


class FileController(QObject):
    """Open, save, export and close for one window's document.

    Signals:
        message(str, int): a line for the status bar and how long to show it
            (milliseconds; 0 keeps it until the next message).
        opened(object): another file was opened
            (:class:`claims.document.OpenedDocument`), after this document's
            unsaved work was saved or discarded: the window shows it.
    """

    message = Signal(str, int)
    opened = Signal(object)

    def __init__(
        self,
        document: SheetDocument,
        session: Session,
        commit_editors: Callable[[], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._session = session
        self._commit_editors = commit_editors
        self._widget = parent
        document.changed_on_disk.connect(self._on_changed_on_disk)
        document.reloaded.connect(self._on_reloaded)

    # -- open ---------------------------------------------------------------
    def open_dialog(self) -> None:
        """File > Open: choose an article or a sheet."""
        name, _filter = QFileDialog.getOpenFileName(
            self._widget,
            self.tr("Open article or claim sheet"),
            str(self._document.save_path.parent),
            self.tr("Articles and claim sheets ({0} *.yaml *.yml);;All files (*)").format(
                " ".join(f"*{suffix}" for suffix in SUFFIXES)
            ),
        )
        if name:
            self.open_path(Path(name))

    def open_address(self) -> None:
        """File > Open address: an article by its web address, fetched in
        the background; its sheet goes beside the open one, named after the
        address. Emits :attr:`opened`."""
        url, ok = QInputDialog.getText(
            self._widget,
            self.tr("Open a web address"),
            self.tr("Address of the article (http or https):"),
        )
        if not ok or not url.strip() or not self.maybe_save():
            return
        try:
            imported = fetch_with_progress(url.strip(), self._widget)
        except ClaimDeskError as exc:
            show_error(self._widget, self.tr("Could not open"), str(exc))
            return
        if imported is not None:
            self._open_imported(imported, sheet_name_for(url.strip()))

    def paste_article(self) -> None:
        """File > New from clipboard: the clipboard's web content or text as
        an article (a page copied from a browser goes through the web page
        importer). Emits :attr:`opened`."""
        data = QApplication.clipboard().mimeData()
        if data is not None and data.hasHtml():
            raw, name = data.html().encode("utf-8"), "clipboard.html"
        elif data is not None and data.hasText() and data.text().strip():
            raw, name = data.text().encode("utf-8"), "clipboard.txt"
        else:
            self.message.emit(self.tr("The clipboard holds no text"), MESSAGE_MS)
            return
        if not self.maybe_save():
            return
        try:
            imported = article_from_bytes(raw, name)
        except ClaimDeskError as exc:
            show_error(self._widget, self.tr("Could not open"), str(exc))
            return
        self._open_imported(imported, sheet_name_for_title(imported.article.title))

    def _open_imported(self, imported: ImportedArticle, sheet_name: str) -> None:
        """Open an article that has no file of its own, its sheet beside the
        open one (Save asks before replacing a sheet already there)."""
        sheet_path = self._document.save_path.parent / sheet_name
        self._open(lambda extract, checker: open_article(imported, sheet_path, extract, checker))

    def open_path(self, path: Path) -> None:
        """Open an article or a sheet (after the unsaved-edits prompt); a
        long article is read in the background. Emits :attr:`opened`."""
        if self.maybe_save():
            self._open(lambda extract, checker: load_document(path, extract, checker), path)

    def _open(self, load: Opener, remembered: Path | None = None) -> None:
        """Run ``load`` (given the background extraction and the checker's
        name), then show what it opened, say it was cancelled, or show why
        it failed; ``remembered`` joins the recent files."""
        try:
            loaded = load(lambda a: extract_with_progress(a, self._widget), self._session.checker())
        except ClaimDeskError as exc:
            show_error(self._widget, self.tr("Could not open"), str(exc))
            return
        if loaded is None:
            self.message.emit(self.tr("Opening cancelled"), 4000)
            return
        if remembered is not None:
            self._session.remember(remembered)
        self.opened.emit(loaded)

    # -- save ---------------------------------------------------------------
    def save(self) -> bool:
        """File > Save, merging first what someone else saved meanwhile;
        returns whether the sheet was written."""
        self._commit_editors()
        document = self._document
        if is_read_only(document.save_path):
            return self._refuse_read_only(document.save_path)
        if not document.saved_once and not self.confirm_replace(document.save_path):
            return self.save_as()
        return self._write(document.save_path)

    def save_as(self) -> bool:
        """File > Save As: choose where to write the sheet (replacing a sheet
        that holds checked work is confirmed with what it would lose)."""
        self._commit_editors()
        name, _filter = QFileDialog.getSaveFileName(
            self._widget,
            self.tr("Save claim sheet"),
            str(self._document.save_path),
            self.tr("Claim sheets (*.yaml *.yml)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return False
        path = Path(name)
        if is_read_only(path):
            return self._refuse_read_only(path)
        same = path == self._document.save_path and self._document.saved_once
        if not same and not self.confirm_replace(path):
            return False
        return self._write(path)

    def confirm_replace(self, path: Path) -> bool:
        """Whether writing this sheet to ``path`` may replace the file there:
        ``True`` when there is none; otherwise the checker is asked, shown
        exactly what the file holds that would be lost (every claim with a
        verdict, a note or evidence), or that it cannot be read."""
        if not path.exists():
            return True
        box = QMessageBox(self._widget)
        box.setObjectName("replaceSheetBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Replace claim sheet?"))
        try:
            work = checked_work(load_sheet(path))
        except ClaimDeskError as exc:
            box.setText(
                self.tr("{0} already exists and cannot be read as a claim sheet:").format(path.name)
            )
            box.setInformativeText(
                self.tr("{0}\n\nReplacing it loses whatever it holds.").format(exc)
            )
        else:
            if work:
                box.setText(
                    self.tr(
                        "{0} already holds checked work: {1} verdict(s), {2} note(s), "
                        "{3} evidence link(s)."
                    ).format(path.name, work.verdicts, work.notes, work.evidence)
                )
                shown = "\n".join(work.lines[:SHOWN_LINES])
                if len(work.lines) > SHOWN_LINES:
                    more = len(work.lines) - SHOWN_LINES
                    shown += "\n" + self.tr("… and {0} more (Show Details)").format(more)
                box.setInformativeText(
                    self.tr("Replacing it with this sheet loses all of it:") + "\n\n" + shown
                )
                box.setDetailedText("\n".join(work.lines))
            else:
                box.setText(
                    self.tr("{0} already exists, with no verdict, note or evidence.").format(
                        path.name
                    )
                )
                box.setInformativeText(self.tr("Replace it with this sheet?"))
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is replace

    def _settle(self, result: MergeResult) -> Sheet | None:
        """Put in the document what someone else saved since it was read or
        written, merged with it (three-way, :mod:`claims.merge`), conflicts
        settled in a dialog, as one undoable step; returns the sheet to
        write, ``None`` when the checker cancelled (nothing changed)."""
        merged = result.sheet
        for note in result.notes:
            log.warning("%s: %s", self._document.save_path.name, note)
        if not result.clean:
            dialog = ConflictDialog(merged, self._widget)
            if self.resolve_conflicts(dialog) != QDialog.DialogCode.Accepted:
                return None
            resolved = self._resolved(dialog, merged)
            if resolved is None:
                return None
            merged = resolved
        self._document.replace_sheet(merged, self.tr("Merge the changes saved on disk"))
        return self._document.sheet

    def _write(self, path: Path) -> bool:
        merged: list[MergeResult] = []

        def settle(result: MergeResult) -> Sheet | None:
            merged.append(result)
            return self._settle(result)

        if is_read_only(path):
            return self._refuse_read_only(path)
        try:
            written = self._document.save(path, settle)
        except OSError as exc:
            return self._offer_save_as(path, exc)
        except ClaimDeskError as exc:
            show_error(self._widget, self.tr("Could not merge"), str(exc))
            return self.save_as()
        if not written:
            return False
        self._session.remember(path)
        if merged:
            text = self.tr("Saved {0}, merged with the changes saved there meanwhile")
        else:
            text = self.tr("Saved {0}")
        self.message.emit(text.format(path), MESSAGE_MS)
        return True

    def _refuse_read_only(self, path: Path) -> bool:
        """``path`` is a read-only file: it is left as it is (nothing is
        written, the edits stay unsaved) and another place is offered.
        Returns whether the sheet was saved elsewhere."""
        log.warning("not saving over %s: the file is read-only", path)
        answer = QMessageBox.warning(
            self._widget,
            self.tr("Read-only claim sheet"),
            self.tr("{0} is read-only: ClaimDesk does not replace it. Save elsewhere?").format(
                path
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save_as()
        return False

    def _offer_save_as(self, path: Path, exc: OSError) -> bool:
        """Disk full, read-only or vanished folder: the previous file is
        untouched and the edits stay; offer another place."""
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
            self._widget,
            self.tr("Could not save"),
            text.format(path, reason),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save_as()
        return False

    def maybe_save(self) -> bool:
        """Ask Save/Discard/Cancel when there is unsaved work; ``True`` to go on."""
        self._commit_editors()
        if not self._document.has_unsaved_work():
            return True
        answer = QMessageBox.question(
            self._widget,
            self.tr("Unsaved changes"),
            self.tr("The claim sheet {0} has unsaved changes. Save them?").format(
                self._document.save_path.name
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # -- conflicts ----------------------------------------------------------
    def resolve_conflicts(self, dialog: ConflictDialog) -> int:
        """Show the conflict dialog (tests drive it through this hook)."""
        return dialog.exec()

    def _resolved(self, dialog: ConflictDialog, sheet: Sheet) -> Sheet | None:
        """``sheet`` settled as chosen in ``dialog``; ``None`` (and a message)
        if the choices do not make a valid sheet."""
        try:
            return dialog.resolved(sheet)
        except MergeError as exc:
            show_error(self._widget, self.tr("Could not merge"), str(exc))
            return None

    def resolve_recorded_conflicts(self) -> None:
        """Edit > Resolve merge conflicts: settle the conflicts a merge left on
        the claims (``claimdesk merge``, a git merge), as one undoable step."""
        self._commit_editors()
        sheet = self._document.sheet
        if not self._document.conflict_count():
            return
        dialog = ConflictDialog(sheet, self._widget, at_save=False)
        if self.resolve_conflicts(dialog) == QDialog.DialogCode.Accepted:
            resolved = self._resolved(dialog, sheet)
            if resolved is not None:
                self._document.replace_sheet(resolved, self.tr("Resolve merge conflicts"))

    # -- the file changed on disk ---------------------------------------------
    @Slot(str)
    def _on_changed_on_disk(self, state: str) -> None:
        """Someone else saved or removed the sheet's file. A field being typed
        becomes an edit first; with nothing unsaved here, their save simply
        replaces the sheet (one undoable step); otherwise saving will merge."""
        self._commit_editors()
        document = self._document
        if state == "changed" and not document.has_unsaved_work():
            if document.reload_from_disk():
                return
        if state == "deleted":
            text = self.tr("{0} was deleted or moved: saving will write it again")
        else:
            text = self.tr("{0} was changed by someone else: saving will merge both")
        self.message.emit(text.format(self._document.save_path.name), 0)

    @Slot()
    def _on_reloaded(self) -> None:
        self.message.emit(
            self.tr("Reloaded {0}: someone else saved it").format(self._document.save_path.name),
            MESSAGE_MS,
        )

    # -- export ---------------------------------------------------------------
    def default_export_path(self, fmt: str) -> Path:
        """Where an export goes by default: the preferences' export folder
        when it exists, else beside the claim sheet."""
        path = default_export_path(self._document.save_path, fmt)
        preferences = self._session.preferences
        folder = Path(preferences.export_folder).expanduser()
        if preferences.export_folder and folder.is_dir():
            return folder / path.name
        return path

    def export(self) -> bool:
        """File > Export: the Export dialog, then the export it describes."""
        self._commit_editors()
        preferences = self._session.preferences
        dialog = ExportDialog(
            self._document.sheet,
            preferences,
            self.default_export_path(preferences.last_export.format),
            self._widget,
        )
        if self.run_export_dialog(dialog) != QDialog.DialogCode.Accepted:
            return False
        self._session.store(
            self._session.preferences.model_copy(update={"last_export": dialog.last_export()})
        )
        path = dialog.destination()
        if path.exists():
            answer = QMessageBox.question(
                self._widget,
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

    def export_to(self, path: Path, fmt: str, options: ExportOptions | None = None) -> bool:
        """Write the ``fmt`` export of the sheet to ``path`` (editors committed
        first); ``options`` default to every claim, the article's language and
        the desk of the preferences. Errors are shown, nothing is half-written."""
        self._commit_editors()
        document = self._document
        try:
            rendered = export_sheet(
                document.sheet,
                fmt,
                path,
                options or options_from(self._session.preferences),
                sheet_path=document.save_path,
            )
        except ClaimDeskError as exc:
            show_error(self._widget, self.tr("Could not export"), str(exc))
            return False
        except OSError as exc:
            show_error(
                self._widget, self.tr("Could not export"), f"{exc.filename or path}: {exc.strerror}"
            )
            return False
        except Exception as exc:  # a library's refusal must not take the edits down
            log.exception("export of %s failed", path)
            show_error(self._widget, self.tr("Could not export"), f"{path}: {exc}")
            return False
        text = self.tr("Exported {0}").format(path)
        if rendered.notes:
            text += " · " + self.tr("{0} note(s): {1}").format(
                len(rendered.notes), rendered.notes[0]
            )
            for note in rendered.notes:
                log.info("%s: %s", path.name, note)
        self.message.emit(text, MESSAGE_MS)
        return True
