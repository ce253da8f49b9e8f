"""Build and run the ClaimDesk window.

``build_window(path)`` makes the window without entering the event loop
(tests and scripts use it); ``run(path)`` is what ``claimdesk`` and
``claimdesk open`` hand over to (from :mod:`claims.cli`). The application
registers the PDF renderer with the core's export registry (which would
otherwise find it through the ``claimdesk.renderers`` entry point).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from claims.document import load_document
from claims.errors import ClaimDeskError
from claims.export import register_renderer
from claims.extract import ExtractionCancelled
from claims.preferences import checker_name, load_preferences
from claims.recovery import (
    Recovery,
    SetAside,
    discard_recovery,
    scan_recoveries,
    set_aside_base,
)
from claims.resources import sample_article
from gui.document import SheetDocument
from gui.extraction import extract_with_progress
from gui.labels import set_interface_language
from gui.mainwindow import MainWindow
from gui.pdf_export import render_pdf

TRANSLATIONS = Path(__file__).with_name("translations")
"""ClaimDesk's compiled translations (``claimdesk_<lang>.qm``), built with
``pyside6-lrelease`` from the committed ``.ts`` sources (``make translations``)."""


_installed: list[QTranslator] = []


def application() -> QApplication:
    """The running QApplication, created if needed, in the checker's language,
    with the PDF export registered."""
    register_renderer("pdf", render_pdf)
    app = QApplication.instance()
    created = app is None
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("ClaimDesk")
    app.setOrganizationName("ClaimDesk")
    if created:
        install_translation(app, interface_language())
    return app


def interface_language() -> str:
    """The interface language: the preferences' choice, else the system
    locale's when ClaimDesk has it, else English."""
    chosen = load_preferences().language
    if chosen:
        return chosen
    system = QLocale.system().name().split("_")[0]
    return system if (TRANSLATIONS / f"claimdesk_{system}.qm").exists() else "en"


def install_translation(app: QApplication, language: str) -> list[QTranslator]:
    """Install ClaimDesk's and Qt's own translations for ``language`` (none
    for English); returns the translators installed (for removal)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    set_interface_language(language)
    if language == "en":
        return []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        (f"claimdesk_{language}", str(TRANSLATIONS)),
        (f"qtbase_{language}", qt_folder),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return list(_installed)


def build_window(path: Path | None) -> QMainWindow:
    """The main window on ``path`` (an article or a sheet; the sample when ``None``).

    Raises :class:`claims.errors.ClaimDeskError` when the file cannot be read
    and :class:`claims.extract.ExtractionCancelled` when the checker cancels
    the extraction of a long article.
    """
    application()
    loaded = load_document(
        path or sample_article(), extract_with_progress, checker_name(load_preferences())
    )
    if loaded is None:
        raise ExtractionCancelled("opening cancelled")
    return MainWindow(SheetDocument.opened(loaded))


def set_aside_message(set_aside: list[SetAside]) -> str:
    """What to tell of recovery journals that could not be read: how many,
    where they were moved and why (the first few reasons)."""
    folders = sorted({str(s.journal.parent) for s in set_aside if s.journal is not None})
    reasons = "\n".join(f"• {s.reason}" for s in set_aside[:3])
    return QCoreApplication.translate(
        "Recovery",
        "{0} recovery journal(s) of unsaved work could not be read (cut short or "
        "damaged) and will not be offered. They were set aside in:\n{1}\n\n{2}",
    ).format(
        len(set_aside),
        "\n".join(folders)
        or QCoreApplication.translate("Recovery", "(nowhere: they could not be moved)"),
        reasons,
    )


def restored_document(recovery: Recovery) -> SheetDocument:
    """The document of restored work: unsaved, its base the one the journal
    kept. When that base cannot be read, the base is unknown: it is set
    aside (:func:`claims.recovery.set_aside_base`), the window's status bar
    says so, and the next Save asks before replacing the file, showing what
    it holds (it may be a colleague's later save), instead of writing over it."""
    known_base = bool(recovery.base_text and recovery.base_digest)
    document = SheetDocument(recovery.sheet, recovery.save_path, saved=known_base, recovered=True)
    problem = recovery.base_problem
    if known_base and recovery.base_digest:
        try:
            document.adopt_base(recovery.base_text, recovery.base_digest)
        except ClaimDeskError as exc:
            problem = str(exc)
    if problem:
        document.forget_base()
        aside = set_aside_base(recovery, problem)
        document.opening_notes = (
            QCoreApplication.translate(
                "Recovery",
                "The copy of {0} this work started from could not be read ({1}); it was "
                "set aside in {2}. Save will ask before replacing the file",
            ).format(
                recovery.save_path.name,
                aside.reason,
                aside.journal.parent
                if aside.journal
                else QCoreApplication.translate("Recovery", "(nowhere: it could not be moved)"),
            ),
        )
    return document


def offer_recovery(parent: QWidget | None = None) -> MainWindow | None:
    """After a crash: say which recovery journals could not be read (set
    aside), then offer to restore the newest unsaved work (showing what it
    holds). Restore opens it as unsaved work; Discard deletes the journal;
    both return ``None`` when there is nothing to recover or it is declined."""
    scan = scan_recoveries()
    if scan.set_aside:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Recovery", "Unreadable recovery journal"),
            set_aside_message(scan.set_aside),
        )
    for recovery in scan.recoveries:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("Recovery", "Restore unsaved work?"),
            QCoreApplication.translate(
                "Recovery",
                "ClaimDesk closed without saving this work:\n\n{0}\n\nRestore it?",
            ).format(recovery.summary()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard,
        )
        if answer == QMessageBox.StandardButton.Yes:
            document = restored_document(recovery)
            window = MainWindow(document)
            document.write_journal_now()  # the work is journaled under the new window...
            discard_recovery(recovery)  # ...before the old journal goes
            return window
        discard_recovery(recovery)
    return None


def run(path: Path | None = None) -> int:
    """Show the window on ``path`` (or restored unsaved work after a crash)
    and run the event loop; return the exit status."""
    app = application()
    try:
        window = offer_recovery() or build_window(path)
    except ExtractionCancelled:
        return 1
    window.show()
    return app.exec()
