"""What a project attachment may be: a document or an image, no larger than settings.ATTACHMENT_MAX_BYTES.

The name's extension must be on the allow-list AND the first bytes must be what that kind of file starts with,
so an executable renamed to .pdf is refused as surely as one called .exe.
"""

import io
import os
import zipfile
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

SNIFF_BYTES = 8192


@dataclass(frozen=True)
class FileKind:
    content_type: str
    signatures: tuple[bytes, ...] = ()  # the file starts with one of these; none: checked as plain text


PDF = FileKind("application/pdf", (b"%PDF-",))
OLE = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",)  # the legacy Office formats (.doc, .xls, .ppt)
ZIP = (b"PK\x03\x04",)
ALLOWED: dict[str, FileKind] = {
    ".pdf": PDF,
    ".doc": FileKind("application/msword", OLE),
    ".xls": FileKind("application/vnd.ms-excel", OLE),
    ".ppt": FileKind("application/vnd.ms-powerpoint", OLE),
    ".docx": FileKind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP),
    ".xlsx": FileKind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP),
    ".pptx": FileKind("application/vnd.openxmlformats-officedocument.presentationml.presentation", ZIP),
    ".odt": FileKind("application/vnd.oasis.opendocument.text", ZIP),
    ".ods": FileKind("application/vnd.oasis.opendocument.spreadsheet", ZIP),
    ".odp": FileKind("application/vnd.oasis.opendocument.presentation", ZIP),
    ".rtf": FileKind("application/rtf", (b"{\\rtf",)),
    ".txt": FileKind("text/plain"),
    ".csv": FileKind("text/csv"),
    ".png": FileKind("image/png", (b"\x89PNG\r\n\x1a\n",)),
    ".jpg": FileKind("image/jpeg", (b"\xff\xd8\xff",)),
    ".jpeg": FileKind("image/jpeg", (b"\xff\xd8\xff",)),
    ".gif": FileKind("image/gif", (b"GIF87a", b"GIF89a")),
    ".webp": FileKind("image/webp", (b"RIFF",)),
}
EXECUTABLE_EXTENSIONS = frozenset({
    ".exe", ".com", ".bat", ".cmd", ".msi", ".msp", ".dll", ".scr", ".cpl", ".pif", ".sys", ".sh", ".bash",
    ".zsh", ".ps1", ".psm1", ".vbs", ".vbe", ".js", ".mjs", ".jse", ".wsf", ".wsh", ".hta", ".jar", ".py",
    ".pl", ".rb", ".php", ".app", ".bin", ".run", ".elf", ".so", ".dylib", ".apk", ".deb", ".rpm", ".lnk",
    ".reg", ".html", ".htm", ".svg", ".xhtml",
})
# What executables and scripts start with: Windows (MZ), Linux (ELF), macOS (Mach-O), and #! scripts.
EXECUTABLE_SIGNATURES = (b"MZ", b"\x7fELF", b"#!", b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf", b"\xce\xfa\xed\xfe",
                         b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe")


def refused_executable() -> ValidationError:
    return ValidationError(_("Programs and scripts cannot be attached: upload a document or an image."),
                           code="executable")


def allowed_types_text() -> str:
    return ", ".join(extension.lstrip(".").upper() for extension in ALLOWED)


def check_upload(upload: Any) -> str:
    """The upload's content type, once it has passed every check; a ValidationError says why it did not."""
    limit = settings.ATTACHMENT_MAX_BYTES
    if (upload.size or 0) > limit:
        raise ValidationError(_("The file is larger than %(size)s.") % {"size": filesizeformat(limit)},
                              code="too_large")
    if not upload.size:
        raise ValidationError(_("The file is empty."), code="empty")
    extension = os.path.splitext(upload.name or "")[1].lower()
    if extension in EXECUTABLE_EXTENSIONS:
        raise refused_executable()
    kind = ALLOWED.get(extension)
    if kind is None:
        raise ValidationError(_("Only documents and images can be attached (%(types)s).")
                              % {"types": allowed_types_text()}, code="type")
    upload.seek(0)
    head = upload.read(SNIFF_BYTES)
    upload.seek(0)
    if head.startswith(EXECUTABLE_SIGNATURES):
        raise refused_executable()
    if not _content_matches(kind, extension, head, upload):
        raise ValidationError(_("The file's content is not a %(type)s file, although its name says so.")
                              % {"type": extension.lstrip(".").upper()}, code="content")
    return kind.content_type


def _content_matches(kind: FileKind, extension: str, head: bytes, upload: Any) -> bool:
    if not kind.signatures:
        return _is_text(head)
    if not head.startswith(kind.signatures):
        return False
    if extension == ".webp":
        return head[8:12] == b"WEBP"
    if kind.signatures == ZIP:
        return _is_office_package(upload, extension)
    return True


def _is_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        # The sample may end inside a multi-byte character; anything earlier is not UTF-8 text.
        if error.start < len(head) - 3:
            return False
    return True


def _is_office_package(upload: Any, extension: str) -> bool:
    """An Office Open XML or OpenDocument file: a zip with the package's own index, not any zip."""
    upload.seek(0)
    try:
        with zipfile.ZipFile(_seekable(upload)) as package:
            names = set(package.namelist())
            if extension in (".docx", ".xlsx", ".pptx"):
                return "[Content_Types].xml" in names
            return "mimetype" in names and package.read("mimetype").startswith(b"application/vnd.oasis")
    except (zipfile.BadZipFile, OSError, ValueError, KeyError):
        return False
    finally:
        upload.seek(0)


def _seekable(upload: Any) -> Any:
    file = getattr(upload, "file", upload)
    return file if hasattr(file, "seek") else io.BytesIO(upload.read())
