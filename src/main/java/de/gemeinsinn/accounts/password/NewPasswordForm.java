package de.gemeinsinn.accounts.password;

import de.gemeinsinn.accounts.web.ChoosesPassword;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record NewPasswordForm(
        String token,

        @NotBlank(message = "{accounts.validation.password.size}")
        @Size(min = 10, max = 200, message = "{accounts.validation.password.size}")
        String password,

        String passwordRepeat)
        implements ChoosesPassword {}
