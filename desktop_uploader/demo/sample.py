"""Sample pipeline output and a sample server tree for the demo.

``make_sample_app`` writes what the forecasting pipeline leaves on an analyst's disk:
``app/outputs/{bu}/`` with small real workbooks and ``app/logs/{bu}/`` with text logs.
``make_sample_remote`` writes the folders the company server holds before any upload.
The numbers are invented but plausible and the same on every run.
"""

from __future__ import annotations

import os
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from desktop_uploader.demo.xlsx import Rows, write_xlsx

SAMPLE_BUS = ("italy_galbani", "italy_parmalat", "france_president")

_PRODUCTS = {
    "italy_galbani": ("Mozzarella 125g", "Ricotta 250g", "Mascarpone 500g"),
    "italy_parmalat": ("Latte UHT 1L", "Zymil Yogurt 125g", "Burro 250g"),
    "france_president": ("Camembert 250g", "Beurre doux 250g", "Brie 1kg"),
}
_PROMOTIONS = (("None", 0), ("Leaflet", 15), ("2 for 1", 50), ("Price cut", 20))
_WEEKS = ("2025-W02", "2025-W03", "2025-W04", "2025-W05")
_RUN_TIME = datetime(2025, 1, 6, 6, 0, 0)

# The server folders as IT created them: parmalat's folder uses the doubled separator
# so the demo shows the uploader falling back to the `{country}__{rest}` spelling.
_REMOTE_BU_FOLDERS = (
    "italy/italy_galbani",
    "italy/italy__parmalat",
    "france/france_president",
)
REMOTE_BASE = "data/to/startflow"


def make_sample_app(folder: Path) -> Path:
    """Write a sample pipeline ``app/`` folder for the three sample BUs.

    Each BU gets ``app/outputs/{bu}/`` with ``Promotion_Level_Table.xlsx``,
    ``Baseline_Table.xlsx`` and ``Summary.xlsx`` (real workbooks), a stale Excel owner
    file ``~$Baseline_Table.xlsx`` that the uploader must skip, and ``app/logs/{bu}/``
    with ``pipeline_*.log`` and ``step_*.log`` files. Existing sample files are replaced.

    Args:
        folder: The folder that will contain ``app/``; created when missing.

    Returns:
        The ``app`` folder.
    """
    app = folder / "app"
    for bu in SAMPLE_BUS:
        _write_outputs(app / "outputs" / bu, bu)
        _write_logs(app / "logs" / bu, bu)
    return app


def make_sample_remote(root: Path) -> Path:
    """Create the server-side tree: empty BU folders under ``root/data/to/startflow``.

    The BU folders are ``italy/italy_galbani``, ``italy/italy__parmalat`` (the
    double-underscore variant) and ``france/france_president``. They stay empty: the
    uploader creates ``outputs/`` and ``logs/`` in them. Existing content is kept.

    Args:
        root: The folder served as ``/``; created when missing.

    Returns:
        The remote base folder, ``root/data/to/startflow``.
    """
    base = root / REMOTE_BASE
    for bu_folder in _REMOTE_BU_FOLDERS:
        (base / bu_folder).mkdir(parents=True, exist_ok=True)
    return base


def _write_outputs(outputs: Path, bu: str) -> None:
    outputs.mkdir(parents=True, exist_ok=True)
    forecast = _forecast(bu)

    write_xlsx(outputs / "Promotion_Level_Table.xlsx", {"Promotions": _promotion_rows(forecast)})
    write_xlsx(outputs / "Baseline_Table.xlsx", {"Baseline": _baseline_rows(forecast)})
    write_xlsx(
        outputs / "Summary.xlsx",
        {"Summary": _summary_rows(forecast), "Run": _run_info_rows(bu)},
    )
    _write_owner_file(outputs / "~$Baseline_Table.xlsx")


@dataclass(frozen=True)
class _ForecastLine:
    bu: str
    product: str
    week: str
    promotion: str
    discount: int
    baseline: int
    forecast: int
    uplift: float


def _forecast(bu: str) -> list[_ForecastLine]:
    # Seeded by the BU name so every run writes the same numbers.
    rng = random.Random(bu)
    lines = []
    for product in _PRODUCTS[bu]:
        level = rng.randint(800, 6000)
        for week in _WEEKS:
            promotion, discount = rng.choice(_PROMOTIONS)
            baseline = int(level * rng.uniform(0.9, 1.1))
            uplift = round(discount * rng.uniform(1.2, 2.4), 2) if discount else 0.0
            forecast = int(baseline * (1 + uplift / 100))
            lines.append(
                _ForecastLine(bu, product, week, promotion, discount, baseline, forecast, uplift)
            )
    return lines


def _promotion_rows(forecast: list[_ForecastLine]) -> Rows:
    header = ["BU", "Product", "Week", "Promotion", "Discount %", "Baseline units",
              "Forecast units", "Uplift %"]  # fmt: skip
    return [header] + [
        [f.bu, f.product, f.week, f.promotion, f.discount, f.baseline, f.forecast, f.uplift]
        for f in forecast
    ]


def _baseline_rows(forecast: list[_ForecastLine]) -> Rows:
    # An 80% interval of +/-12% around the baseline, as the real pipeline reports it.
    header = ["Product", "Week", "Baseline units", "Lower 80%", "Upper 80%"]
    return [header] + [
        [f.product, f.week, f.baseline, int(f.baseline * 0.88), int(f.baseline * 1.12)]
        for f in forecast
    ]


def _summary_rows(forecast: list[_ForecastLine]) -> Rows:
    totals: dict[str, tuple[int, int]] = {}
    for f in forecast:
        baseline, units = totals.get(f.product, (0, 0))
        totals[f.product] = (baseline + f.baseline, units + f.forecast)

    header = ["Product", "Total baseline", "Total forecast", "Uplift %"]
    return [header] + [
        [product, baseline, units, round((units / baseline - 1) * 100, 2)]
        for product, (baseline, units) in totals.items()
    ]


def _run_info_rows(bu: str) -> Rows:
    return [
        ["Key", "Value"],
        ["Business unit", bu],
        ["Run started", _RUN_TIME.isoformat(sep=" ")],
        ["Horizon (weeks)", len(_WEEKS)],
        ["Model", "demo-forecast 1.0"],
    ]


def _write_owner_file(path: Path) -> None:
    # Excel leaves a 165-byte hidden "~$" owner file beside an open workbook: the user
    # name as one length byte plus padded ANSI text, then again as UTF-16. Only its name
    # and size matter to the uploader, which must skip it; the layout is imitated so the
    # sample looks like one a crashed Excel left behind.
    user = "analyst"
    ansi = bytes([len(user)]) + user.encode("ascii").ljust(53)
    wide = len(user).to_bytes(2, "little") + user.encode("utf-16-le")
    content = (ansi + wide + b" \x00" * 60)[:165]
    path.write_bytes(content)

    stale = _RUN_TIME.timestamp()
    os.utime(path, (stale, stale))


def _write_logs(logs: Path, bu: str) -> None:
    logs.mkdir(parents=True, exist_ok=True)
    steps = ("load_sales", "fit_baseline", "simulate_promotions", "export_tables")

    stamp = _RUN_TIME.strftime("%Y%m%d_%H%M%S")
    pipeline_lines = [f"Pipeline started for {bu}"]
    for number, step in enumerate(steps, start=1):
        pipeline_lines.append(f"Step {number}/{len(steps)} {step}: done")
        step_lines = [f"{step} started", f"{bu}: {len(_PRODUCTS[bu])} products", "done"]
        _write_log(logs / f"step_{number:02d}_{step}.log", step_lines)
    pipeline_lines.append("Pipeline finished: 3 output tables written")
    _write_log(logs / f"pipeline_{stamp}.log", pipeline_lines)


def _write_log(path: Path, messages: list[str]) -> None:
    # One second per line keeps the timestamps plausible and stable across runs.
    lines = [
        f"{_RUN_TIME + timedelta(seconds=n):%Y-%m-%d %H:%M:%S} INFO {message}"
        for n, message in enumerate(messages)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")
