/** What the job-information service does for seekers, employers, officers and the public: services that audit every change. */
package id.go.jabarprov.disnakertrans.jobinfo.application;
