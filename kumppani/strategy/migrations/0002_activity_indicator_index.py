"""Indexes that hold every activity (and project) column the indicators filter on, in the order of workspace and date.

The dashboard's one query over a workspace's activities then reads this narrow index instead of the wide rows
(titles, descriptions) and needs no sort to group by date. Created here, not in the activities app's models, as
the indicator engine is what needs it; plain SQL that SQLite and PostgreSQL both read.
"""

from django.db import migrations

COLUMNS = ("workspace_id, starts_on, type, country, focus_area_id, project_id, membership_id, participants, "
           "young_participants, international, youth_led, crosses_area_types, history_based")
PROJECT_COLUMNS = "workspace_id, starts_on, ends_on, status, programme_id, focus_area_id, total_budget, \"grant\""


class Migration(migrations.Migration):
    dependencies = [
        ("strategy", "0001_initial"),
        ("activities", "0002_initial"),
        ("projects", "0001_initial"),
    ]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX activity_indicator_idx ON activities_activity ({COLUMNS})",
            "DROP INDEX activity_indicator_idx",
        ),
        migrations.RunSQL(
            f"CREATE INDEX project_indicator_idx ON projects_project ({PROJECT_COLUMNS})",
            "DROP INDEX project_indicator_idx",
        ),
    ]
