package id.go.jabarprov.disnakertrans.sikhi.domain;

import id.go.jabarprov.disnakertrans.platform.application.BusinessException;

/**
 * A case action refused in the case's stage (or for its dispute type, or before its time). The key
 * says why as precisely as the rules allow, e.g. {@value ErrorKeys#ARBITRATION_NOT_ALLOWED}.
 */
public class IllegalTransitionException extends BusinessException {

    private final CaseStage stage;
    private final CaseAction action;

    public IllegalTransitionException(CaseStage stage, CaseAction action, String key) {
        super(key);
        this.stage = stage;
        this.action = action;
    }

    public CaseStage stage() {
        return stage;
    }

    public CaseAction action() {
        return action;
    }

    @Override
    public String getMessage() {
        return key() + " (" + action + " in " + stage + ")";
    }
}
