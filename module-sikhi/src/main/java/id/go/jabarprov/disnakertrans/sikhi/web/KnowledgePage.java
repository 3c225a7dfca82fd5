package id.go.jabarprov.disnakertrans.sikhi.web;

import id.go.jabarprov.disnakertrans.sikhi.application.ConsultationService;
import id.go.jabarprov.disnakertrans.sikhi.domain.Consultation;
import id.go.jabarprov.disnakertrans.sikhi.domain.ConsultationTopic;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/** The public knowledge base of a kab/kota: bookmarkable search by words and topic, no session. */
@Named
@RequestScoped
public class KnowledgePage {

    @Inject
    ConsultationService consultations;

    private String q;
    private ConsultationTopic topic;
    private List<Consultation> results;

    public List<Consultation> getResults() {
        if (results == null) {
            results = consultations.knowledgeBase(topic, q);
        }
        return results;
    }

    public List<ConsultationTopic> getTopics() {
        return Arrays.asList(ConsultationTopic.values());
    }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public ConsultationTopic getTopic() { return topic; }
    public void setTopic(ConsultationTopic topic) { this.topic = topic; }
}
