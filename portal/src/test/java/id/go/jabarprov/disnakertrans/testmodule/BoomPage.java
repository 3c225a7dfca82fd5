package id.go.jabarprov.disnakertrans.testmodule;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** A page that fails on purpose, so the tests can see the 500 error page. */
@Named
@RequestScoped
public class BoomPage {

    public void explode() {
        throw new IllegalStateException("a failure the test asked for");
    }
}
