package id.go.jabarprov.disnakertrans.sikhi.web;

import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.web.Feedback;
import id.go.jabarprov.disnakertrans.sikhi.application.ConsultationService;
import id.go.jabarprov.disnakertrans.sikhi.domain.Consultation;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;

/** The officers' consultation queue, and one question answered and (anonymised) published. */
@Named
@ViewScoped
public class ConsultationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ConsultationService consultations;

    @Inject
    transient Feedback feedback;

    private String id;
    private String answer;
    private String publicQuestion;
    private String publicAnswer;
    private transient Consultation current;

    public List<Consultation> getQueue() {
        return consultations.queue();
    }

    public void load() throws IOException {
        if (id == null) {
            return;
        }
        try {
            current = consultations.find(id).orElseThrow(() -> new AccessDeniedException("none"));
            answer = current.getAnswer();
            publicQuestion = current.getPublicQuestion();
            publicAnswer = current.getPublicAnswer();
        } catch (AccessDeniedException e) {
            Faces.responseSendError(404, "not found");
        }
    }

    public Consultation getCurrent() {
        if (current == null && id != null) {
            current = consultations.find(id).orElse(null);
        }
        return current;
    }

    public void saveAnswer() {
        act(() -> consultations.answer(id, answer), "sikhi.consult.answered");
    }

    public void publish() {
        act(() -> consultations.publish(id, publicQuestion, publicAnswer), "sikhi.consult.published");
    }

    public void unpublish() {
        act(() -> consultations.unpublish(id), "sikhi.consult.unpublished");
    }

    private void act(Runnable step, String doneKey) {
        feedback.attempt(step, doneKey);
        current = null;
    }

    public String getId() { return id; }
    public void setId(String v) { this.id = v; }
    public String getAnswer() { return answer; }
    public void setAnswer(String v) { this.answer = v; }
    public String getPublicQuestion() { return publicQuestion; }
    public void setPublicQuestion(String v) { this.publicQuestion = v; }
    public String getPublicAnswer() { return publicAnswer; }
    public void setPublicAnswer(String v) { this.publicAnswer = v; }
}
