package id.go.jabarprov.disnakertrans.testmodule;

import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import id.go.jabarprov.disnakertrans.platform.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.omnifaces.util.Faces;

/** Edits one note by id: another kab/kota's id answers 404, as if it did not exist. */
@Named
@ViewScoped
public class NoteEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NoteService notes;

    @Inject
    transient Feedback feedback;

    private String id;
    private String text;

    public void load() throws IOException {
        var note = notes.find(id);
        if (note.isEmpty()) {
            Faces.responseSendError(404, "not found");
            return;
        }
        text = note.get().getText();
    }

    public void save() {
        try {
            notes.update(id, text);
            feedback.info("testmod.saved");
        } catch (BusinessException e) {
            feedback.show(e);
        } catch (AccessDeniedException e) {
            feedback.error(null, "error.denied");
        }
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
