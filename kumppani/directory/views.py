from django.contrib import messages
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_POST

from kumppani.audit.services import history_for
from kumppani.core.forms import list_filters
from kumppani.core.pages import paginate
from kumppani.directory import forms, personal_data, selectors, services, stewardship, widgets
from kumppani.directory.models import Region, Theme
from kumppani.directory.normalise import normalise_name
from kumppani.directory.records import ORGANISATION, PERSON
from kumppani.workspaces.access import workspace_view
from kumppani.workspaces.kept import kept_html, kept_page


def _list_page(request: HttpRequest, template: str, queryset, filter_form, shown=None, **context) -> HttpResponse:  # type: ignore[no-untyped-def]
    """A list with its filters, kept rendered until a record changes (kumppani/workspaces/kept.py): the page, and
    its results (count, exports, rows, pages) and filter fields on their own."""
    context.update({"filter_form": filter_form, "rows_template": template,
                    "querystring": request.GET.copy().urlencode() if request.GET else ""})

    def results() -> str:
        page = paginate(request, queryset)
        if shown is not None:  # the organisations of the rows, shown with the workspace's own values
            stewardship.apply_overrides(request.workspace, [shown(row) for row in page])  # type: ignore[attr-defined]
        return render_to_string("directory/partials/results.html", {**context, "page": page}, request=request)

    if request.htmx and request.htmx.target == "results":  # type: ignore[attr-defined]
        return HttpResponse(kept_html(request, f"{template}:results", results))
    return kept_page(request, "directory/list.html", lambda: {
        **context, "results_html": kept_html(request, f"{template}:results", results),
        "filters_html": kept_html(request, f"{template}:filters", lambda: render_to_string(
            "directory/partials/filter_fields.html", {"filter_form": filter_form}, request=request))})


@workspace_view()
def organisation_list(request: HttpRequest) -> HttpResponse:
    filter_form, filters = list_filters(forms.OrganisationFilterForm, request)
    return _list_page(request, "directory/partials/organisation_rows.html", selectors.organisations(filters),
                      filter_form, shown=lambda organisation: organisation, title=_("Organisations"),
                      create_url_name="directory:organisation_create",
                      import_export="organisations")


@workspace_view()
def organisation_detail(request: HttpRequest, pk: int) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    organisation = ORGANISATION.get(workspace, pk)
    shared_name = organisation.display_name
    stewardship.apply_overrides(workspace, [organisation])
    return render(request, "directory/organisation_detail.html", {
        "object": organisation,
        "shared_name": shared_name if shared_name != organisation.display_name else "",
        "steward": stewardship.steward_name(organisation),
        "may_change": stewardship.may_change(actor=request.user, workspace=workspace, record=organisation),
        "themes": organisation.themes.all(),
        "partnership": organisation.partnerships.filter(workspace=workspace).first(),
        "membership": organisation.network_memberships.filter(workspace=workspace).first(),
        "people": organisation.people.filter(workspace=workspace),
        "notes": organisation.notes.filter(workspace=workspace).select_related("author"),
        "note_form": forms.NoteForm(),
        "history": history_for(organisation)[:50],
    })


@workspace_view(write=True)
@require_POST
def organisation_note_add(request: HttpRequest, pk: int) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    organisation = ORGANISATION.get(workspace, pk)
    form = forms.NoteForm(request.POST)
    if form.is_valid():
        services.add_note(actor=request.user, workspace=workspace, organisation=organisation,
                          text=form.cleaned_data["text"])
        messages.success(request, _("Note added."))
    else:
        messages.error(request, _("The note is empty."))
    return redirect(ORGANISATION.url("detail", workspace, pk))


@cache_control(public=True, max_age=365 * 24 * 60 * 60, immutable=True)  # its address names its version
def country_search_names(request: HttpRequest) -> HttpResponse:
    """The names the country pickers search by, in every interface language (kumppani/directory/widgets.py)."""
    return HttpResponse(widgets.search_names_json(), content_type="application/json")


@workspace_view()
def organisation_choices(request: HttpRequest) -> HttpResponse:
    """Options for an organisation select, found by name: the select itself offers only known ones."""
    term = normalise_name(request.GET.get("q", ""))[:100]
    found = selectors.organisations({"q": term})[:30] if term else []
    return render(request, "directory/partials/organisation_options.html", {"organisations": found})


@workspace_view()
def region_options(request: HttpRequest) -> HttpResponse:
    country = request.GET.get("country", "")[:2].upper()
    regions = Region.objects.filter(country=country) if country else Region.objects.none()
    return render(request, "directory/partials/region_options.html", {"regions": regions})


@workspace_view()
def person_list(request: HttpRequest) -> HttpResponse:
    filter_form, filters = list_filters(forms.PersonFilterForm, request)
    return _list_page(request, "directory/partials/person_rows.html",
                      selectors.people(request.workspace, filters),  # type: ignore[attr-defined]
                      filter_form, title=_("People"), create_url_name="directory:person_create",
                      import_export="people")


@workspace_view()
def membership_list(request: HttpRequest) -> HttpResponse:
    filter_form, filters = list_filters(forms.ListFilterForm, request)
    queryset = selectors.memberships(request.workspace)  # type: ignore[attr-defined]
    if term := normalise_name(filters.get("q") or ""):
        queryset = queryset.filter(network__search_text__contains=term)
    return _list_page(request, "directory/partials/membership_rows.html", queryset, filter_form,
                      shown=lambda membership: membership.network,
                      title=_("Networks and memberships"), create_url_name="directory:membership_create")


@workspace_view()
def partnership_list(request: HttpRequest) -> HttpResponse:
    filter_form, filters = list_filters(forms.ListFilterForm, request)
    return _list_page(request, "directory/partials/partnership_rows.html",
                      selectors.partnerships(request.workspace, filters),  # type: ignore[attr-defined]
                      filter_form, shown=lambda partnership: partnership.organisation,
                      title=_("Partner organisations"), create_url_name="directory:partnership_create")


@workspace_view()
def representation_list(request: HttpRequest) -> HttpResponse:
    filter_form, filters = list_filters(forms.ListFilterForm, request)
    queryset = selectors.representations(request.workspace)  # type: ignore[attr-defined]
    if term := normalise_name(filters.get("q") or ""):
        queryset = queryset.filter(person__normalised_name__contains=term)
    return _list_page(request, "directory/partials/representation_rows.html", queryset, filter_form,
                      title=_("Contact persons and representatives"),
                      create_url_name="directory:representation_create")


@workspace_view()
def theme_list(request: HttpRequest) -> HttpResponse:
    filter_form, _filters = list_filters(forms.ListFilterForm, request)
    return _list_page(request, "directory/partials/theme_rows.html", Theme.objects.all(), filter_form,
                      title=_("Themes"), create_url_name="directory:theme_create")


@workspace_view()
def person_data_export(request: HttpRequest, pk: int) -> HttpResponse:
    person = PERSON.get(request.workspace, pk)  # type: ignore[attr-defined]
    response = JsonResponse(personal_data.export(person), json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Content-Disposition"] = f'attachment; filename="person-{person.pk}.json"'
    return response


@workspace_view(write=True)
def person_erase(request: HttpRequest, pk: int) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    person = PERSON.get(workspace, pk)
    if request.method == "POST":
        personal_data.erase(request.user, person)
        messages.success(request, _("The person's data is erased."))
        return redirect("directory:person_list", workspace.slug)
    return render(request, "directory/person_erase.html", {"object": person})
