/** Which module is on for which kab/kota, with its settings there; enforced for menus, pages and services. */
package id.go.jabarprov.disnakertrans.platform.enablement;
