"""A minimal writer of real Office Open XML workbooks (.xlsx), standard library only.

The demo needs a few small spreadsheets that Excel and LibreOffice open without a repair
prompt. A workbook is a zip package of XML parts; this module writes the smallest set of
parts both programs accept: content types, package and workbook relationships, the
workbook, one part per sheet and a tiny style sheet (bold header, number formats).
Text cells are written as inline strings so no shared-string table is needed.
"""

from __future__ import annotations

import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

Cell = str | int | float | None
Rows = Sequence[Sequence[Cell]]

_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_CT_PREFIX = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

# A fixed timestamp makes the same content give the same bytes on every run.
_ZIP_DATE = (2025, 1, 6, 6, 0, 0)

# Style indexes into cellXfs of _STYLES: 0 default, 1 bold header, 2 "#,##0", 3 "0.00".
_STYLE_HEADER = 1
_STYLE_INT = 2
_STYLE_FLOAT = 3

# numFmtId 3 ("#,##0") and 2 ("0.00") are built into every spreadsheet program, so
# the style sheet does not need to declare them.
_STYLES = (
    f'<styleSheet xmlns="{_MAIN_NS}">'
    '<fonts count="2">'
    '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    "</fonts>"
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
    "</cellStyleXfs>"
    '<cellXfs count="4">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)


def column_letter(index: int) -> str:
    """Return the spreadsheet column name of a zero-based column index.

    Args:
        index: 0 for column A, 25 for Z, 26 for AA.

    Returns:
        The column letters.
    """
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def write_xlsx(path: Path, sheets: Mapping[str, Rows]) -> Path:
    """Write a workbook whose first row of each sheet is a bold header.

    Args:
        path: Where to write the .xlsx file; an existing file is replaced.
        sheets: Sheet name (at most 31 characters, none of ``[]:*?/\\``) to rows of cells.
            A cell is text, a number or None for an empty cell.

    Returns:
        The path written.

    Raises:
        ValueError: No sheet, or a sheet name that spreadsheet programs refuse.
    """
    if not sheets:
        raise ValueError("a workbook needs at least one sheet")
    for name in sheets:
        _check_sheet_name(name)

    parts = _package_parts(sheets)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as package:
        for part_name, xml in parts.items():
            info = zipfile.ZipInfo(part_name, date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            package.writestr(info, (_XML_DECL + xml).encode("utf-8"))
    return path


def _check_sheet_name(name: str) -> None:
    if not name or len(name) > 31 or any(char in name for char in "[]:*?/\\"):
        raise ValueError(f"invalid sheet name: {name!r}")


def _package_parts(sheets: Mapping[str, Rows]) -> dict[str, str]:
    # Spreadsheet programs find every other part from [Content_Types].xml, so it goes
    # first, as Office itself writes it.
    count = len(sheets)
    parts = {
        "[Content_Types].xml": _content_types(count),
        "_rels/.rels": _relationships([("officeDocument", "xl/workbook.xml")], namespace=_REL_NS),
        "xl/workbook.xml": _workbook(list(sheets)),
        "xl/_rels/workbook.xml.rels": _relationships(
            [("worksheet", f"worksheets/sheet{n}.xml") for n in range(1, count + 1)]
            + [("styles", "styles.xml")],
            namespace=_REL_NS,
        ),
        "xl/styles.xml": _STYLES,
    }
    for number, rows in enumerate(sheets.values(), start=1):
        parts[f"xl/worksheets/sheet{number}.xml"] = _worksheet(rows)
    return parts


def _content_types(sheet_count: int) -> str:
    overrides = [("/xl/workbook.xml", f"{_CT_PREFIX}.sheet.main+xml")]
    overrides += [
        (f"/xl/worksheets/sheet{n}.xml", f"{_CT_PREFIX}.worksheet+xml")
        for n in range(1, sheet_count + 1)
    ]
    overrides.append(("/xl/styles.xml", f"{_CT_PREFIX}.styles+xml"))

    body = (
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
    )
    body += "".join(
        f'<Override PartName="{part}" ContentType="{kind}"/>' for part, kind in overrides
    )
    return f'<Types xmlns="{_CT_NS}">{body}</Types>'


def _relationships(targets: list[tuple[str, str]], namespace: str) -> str:
    body = "".join(
        f'<Relationship Id="rId{n}" Type="{namespace}/{kind}" Target="{target}"/>'
        for n, (kind, target) in enumerate(targets, start=1)
    )
    return f'<Relationships xmlns="{_PKG_REL_NS}">{body}</Relationships>'


def _workbook(names: list[str]) -> str:
    # The r:id values match the order of _package_parts' workbook relationships.
    sheets = "".join(
        f'<sheet name={quoteattr(name)} sheetId="{n}" r:id="rId{n}"/>'
        for n, name in enumerate(names, start=1)
    )
    return (
        f'<workbook xmlns="{_MAIN_NS}" xmlns:r="{_REL_NS}">'
        f"<bookViews><workbookView/></bookViews><sheets>{sheets}</sheets></workbook>"
    )


def _worksheet(rows: Rows) -> str:
    widths = _column_widths(rows)
    cols = "".join(
        f'<col min="{n}" max="{n}" width="{width}" customWidth="1"/>'
        for n, width in enumerate(widths, start=1)
    )
    data = "".join(_row_xml(number, row) for number, row in enumerate(rows, start=1))
    cols_xml = f"<cols>{cols}</cols>" if cols else ""
    return f'<worksheet xmlns="{_MAIN_NS}">{cols_xml}<sheetData>{data}</sheetData></worksheet>'


def _column_widths(rows: Rows) -> list[int]:
    # Wide enough for the longest value, so the sample reads well when opened.
    widths: list[int] = []
    for row in rows:
        for index, value in enumerate(row):
            length = len(str(value)) if value is not None else 0
            if index == len(widths):
                widths.append(0)
            widths[index] = max(widths[index], min(length + 2, 60))
    return [max(width, 8) for width in widths]


def _row_xml(number: int, row: Sequence[Cell]) -> str:
    header = number == 1
    cells = "".join(
        _cell_xml(f"{column_letter(index)}{number}", value, header)
        for index, value in enumerate(row)
        if value is not None
    )
    return f'<row r="{number}">{cells}</row>'


def _cell_xml(ref: str, value: Cell, header: bool) -> str:
    # bool is an int subclass; spreadsheets would show it as 1 or 0, so write it as text.
    if isinstance(value, int | float) and not isinstance(value, bool):
        style = _STYLE_INT if isinstance(value, int) else _STYLE_FLOAT
        return f'<c r="{ref}" s="{style}"><v>{value!r}</v></c>'

    style = f' s="{_STYLE_HEADER}"' if header else ""
    text = escape(str(value))
    return f'<c r="{ref}"{style} t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'
