package id.go.jabarprov.disnakertrans.platform.identity;

/** Why a sign-in attempt ended as it did; the login page turns it into a message. */
public enum AuthenticationOutcome {
    SIGNED_IN, WRONG_CREDENTIALS, LOCKED, INACTIVE
}
