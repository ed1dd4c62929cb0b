"""The index of companies, with how many entries and reversal events each has."""

from __future__ import annotations

from typing import TYPE_CHECKING

from builder.kinds.groups import COMPANIES, GroupIndex

if TYPE_CHECKING:
    from builder.site import Company


class Companies(GroupIndex):
    name = "companies"
    template = "companies.html"
    globs = ("companies/index.html",)
    grouping = COMPANIES
    folder = "companies"

    def row(self, group: Company) -> str:
        return f"{super().row(group)}:{len(group.events)}:{group.latest}"


KIND = Companies()
