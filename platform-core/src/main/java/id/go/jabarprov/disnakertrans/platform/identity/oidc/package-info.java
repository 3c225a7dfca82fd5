/** Sign-in through the province's Keycloak over OpenID Connect: the mechanism and the profile kept in step with the token. */
package id.go.jabarprov.disnakertrans.platform.identity.oidc;
