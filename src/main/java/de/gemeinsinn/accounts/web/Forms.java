package de.gemeinsinn.accounts.web;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/** Helpers for the form records of this module. */
public final class Forms {

    private Forms() {}

    /**
     * Binding results of constructor-bound records lose their target when validation fails, so
     * further {@code rejectValue} calls and re-rendering the form would fail. This returns an
     * equivalent result bound to the record and puts both into the model.
     */
    public static BindingResult rebind(Object form, BindingResult errors, Model model) {
        if (errors.getTarget() == form) {
            return errors;
        }
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, errors.getObjectName());
        result.addAllErrors(errors);
        model.addAttribute(errors.getObjectName(), form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + errors.getObjectName(), result);
        return result;
    }

    /** {@link #rebind} plus the one rule every password form shares: both entries must match. */
    public static BindingResult rebindCheckingPasswords(ChoosesPassword form, BindingResult errors, Model model) {
        BindingResult result = rebind(form, errors, model);
        if (form.password() == null || !form.password().equals(form.passwordRepeat())) {
            result.rejectValue("passwordRepeat", "accounts.validation.password.repeat");
        }
        return result;
    }
}
