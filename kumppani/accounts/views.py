from typing import cast

from django import forms
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import PasswordResetForm
from django.contrib.auth.models import User
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from kumppani.accounts.models import ApiToken
from kumppani.core import ratelimit
from kumppani.workspaces.access import workspace_view


class PasswordResetView(auth_views.PasswordResetView):
    """Django's password reset, limited per address and per client (core/ratelimit.py): a refused request sends
    nothing and answers 429."""

    def form_valid(self, form: PasswordResetForm) -> HttpResponse:
        if not ratelimit.allow("password-reset", target=form.cleaned_data["email"],
                               client=ratelimit.client_address(self.request)):
            form.add_error(None, ratelimit.refused_message())
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().form_valid(form)


class TokenForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("Name"), max_length=100)


@workspace_view(personal=True)
def api_tokens(request: HttpRequest) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    form = TokenForm(request.POST or None)
    new_key = None
    if request.method == "POST" and form.is_valid():
        _token, new_key = ApiToken.issue(request.user, workspace, form.cleaned_data["name"])
        form = TokenForm()
    tokens = ApiToken.objects.filter(user=cast(User, request.user), workspace=workspace)
    return render(request, "accounts/api_tokens.html", {"form": form, "tokens": tokens, "new_key": new_key})


@workspace_view(personal=True)
@require_POST
def revoke_api_token(request: HttpRequest, pk: int) -> HttpResponse:
    workspace = request.workspace  # type: ignore[attr-defined]
    token = get_object_or_404(ApiToken, pk=pk, user=request.user, workspace=workspace)
    token.delete()
    messages.success(request, _("The token is revoked."))
    return redirect("accounts:api_tokens", workspace.slug)
