"""Demo data: the two organisations whose public pages kumppani was designed from (see DESIGN.md, seeds/)."""
