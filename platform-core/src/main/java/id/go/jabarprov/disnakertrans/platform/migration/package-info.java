/** Database migrations of the core and every module, one Flyway history per module. */
package id.go.jabarprov.disnakertrans.platform.migration;
