/** What SIKHI does for parties, officers and the public: services that audit every change. */
package id.go.jabarprov.disnakertrans.sikhi.application;
