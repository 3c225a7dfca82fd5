/** The kernel every module builds on: module contract, identity, tenancy, audit, navigation. */
package id.go.jabarprov.disnakertrans.platform;
