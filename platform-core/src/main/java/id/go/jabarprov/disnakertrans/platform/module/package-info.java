/** The module contract: descriptors, their validation at deployment, and the registry. */
package id.go.jabarprov.disnakertrans.platform.module;
