/**
 * The one password length rule for every account (shopper, workshop, operator): the backend
 * refuses outside it, and the forms' hints and checks read the same numbers.
 */
export const PASSWORD_MIN_LENGTH = 10;
/** Long enough for any passphrase or password manager; bounds the work a request can ask of scrypt. */
export const PASSWORD_MAX_LENGTH = 256;
