/** The REST API under /api/v1, with its OpenAPI description; DTOs only, never entities. */
package id.go.jabarprov.disnakertrans.platform.api;
