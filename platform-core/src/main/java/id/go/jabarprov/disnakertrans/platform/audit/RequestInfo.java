package id.go.jabarprov.disnakertrans.platform.audit;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/**
 * Who and where a request comes from, as the audit trail records it. Filled by the core's request
 * filter; outside an HTTP request (start-up, scheduled work) the actor is {@code system}.
 */
@RequestScoped
public class RequestInfo {

    private String clientAddress;
    private final String requestId = UUID.randomUUID().toString();

    public String clientAddress() {
        return clientAddress;
    }

    public void setClientAddress(String clientAddress) {
        this.clientAddress = clientAddress;
    }

    public String requestId() {
        return requestId;
    }
}
