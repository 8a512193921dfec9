package de.gemeinsinn.accounts.web;

/** A form in which someone sets a new password and types it twice. */
public interface ChoosesPassword {

    String password();

    String passwordRepeat();
}
