package id.go.jabarprov.disnakertrans.testmodule;

import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import id.go.jabarprov.disnakertrans.platform.web.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The test module's staff page: the kab/kota's notes and a form to add one. */
@Named
@RequestScoped
public class NotesPage {

    @Inject
    NoteService notes;

    @Inject
    Feedback feedback;

    private String text;

    public List<Note> getNotes() {
        return notes.list();
    }

    public void add() {
        try {
            notes.add(text);
            text = null;
        } catch (BusinessException e) {
            feedback.show(e);
        }
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
