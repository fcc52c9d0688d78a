"""Reading the month calendar page: which activities each day's cell holds."""

from html.parser import HTMLParser


class _Cells(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.days: dict[str, list[int]] = {}
        self.today: list[str] = []
        self.current: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "td" and found.get("data-date"):
            self.current = str(found["data-date"])
            self.days[self.current] = []
            if found.get("aria-current") == "date":
                self.today.append(self.current)
        elif tag == "li" and found.get("data-activity") and self.current:
            self.days[self.current].append(int(str(found["data-activity"])))

    def handle_endtag(self, tag: str) -> None:
        if tag == "td":
            self.current = None


def days_of(html: str) -> dict[str, list[int]]:
    """{"2026-05-04": [activity ids], …} for every day the calendar shows."""
    cells = _Cells()
    cells.feed(html)
    return cells.days


def today_of(html: str) -> list[str]:
    cells = _Cells()
    cells.feed(html)
    return cells.today


def days_with(html: str, activity_id: int) -> list[str]:
    return [day for day, ids in days_of(html).items() if activity_id in ids]
