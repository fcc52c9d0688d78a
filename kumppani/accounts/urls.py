from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from kumppani.accounts import views

app_name = "accounts"

urlpatterns = [
    path("accounts/login/", auth_views.LoginView.as_view(template_name="accounts/login.html",
                                                         redirect_authenticated_user=True), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/password-reset/", views.PasswordResetView.as_view(
        template_name="accounts/password_reset.html",
        email_template_name="accounts/password_reset_email.txt",
        subject_template_name="accounts/password_reset_subject.txt",
        success_url=reverse_lazy("accounts:password_reset_done")), name="password_reset"),
    path("accounts/password-reset/sent/", auth_views.PasswordResetDoneView.as_view(
        template_name="accounts/password_reset_done.html"), name="password_reset_done"),
    path("accounts/reset/<uidb64>/<token>/", auth_views.PasswordResetConfirmView.as_view(
        template_name="accounts/password_reset_confirm.html",
        success_url=reverse_lazy("accounts:password_reset_complete")), name="password_reset_confirm"),
    path("accounts/reset/done/", auth_views.PasswordResetCompleteView.as_view(
        template_name="accounts/password_reset_complete.html"), name="password_reset_complete"),
    path("w/<slug:workspace>/api-tokens/", views.api_tokens, name="api_tokens"),
    path("w/<slug:workspace>/api-tokens/<int:pk>/revoke/", views.revoke_api_token, name="revoke_api_token"),
]
