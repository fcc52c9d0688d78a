"""Each existing organisation and theme is looked after by the workspace whose history shows it being created;
one without such an entry (imported, shipped) stays a public record."""

from django.db import migrations


def _first_creators(apps, model_name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    AuditEntry = apps.get_model("audit", "AuditEntry")
    content_type = ContentType.objects.filter(app_label="directory", model=model_name).first()
    if content_type is None:
        return {}
    creators = {}
    entries = AuditEntry.objects.filter(content_type=content_type, action="create", workspace__isnull=False)
    for object_id, workspace_id in entries.order_by("at", "id").values_list("object_id", "workspace_id"):
        if object_id.isdigit():
            creators.setdefault(int(object_id), workspace_id)
    return creators


def give_stewards(apps, schema_editor):
    for model_name in ("organisation", "theme"):
        model = apps.get_model("directory", model_name)
        by_workspace = {}
        for pk, workspace_id in _first_creators(apps, model_name).items():
            by_workspace.setdefault(workspace_id, []).append(pk)
        for workspace_id, pks in by_workspace.items():
            for start in range(0, len(pks), 500):
                model.objects.filter(pk__in=pks[start:start + 500]).update(steward_id=workspace_id)


class Migration(migrations.Migration):

    dependencies = [
        ("directory", "0005_stewards_overrides_proposals"),
        ("audit", "0002_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(give_stewards, migrations.RunPython.noop)]
