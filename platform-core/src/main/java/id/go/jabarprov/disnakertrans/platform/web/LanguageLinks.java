package id.go.jabarprov.disnakertrans.platform.web;

import id.go.jabarprov.disnakertrans.platform.i18n.LanguageViewHandler;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The current page's URL in another language, keeping its other parameters (such as the kab/kota). */
@Named
@RequestScoped
public class LanguageLinks {

    @Inject
    HttpServletRequest request;

    public String url(String language) {
        List<String> params = new ArrayList<>();
        for (Map.Entry<String, String[]> entry : request.getParameterMap().entrySet()) {
            String name = entry.getKey();
            if (name.equals(LanguageViewHandler.PARAMETER) || name.startsWith("jakarta.faces.") || name.contains(":")) {
                continue;
            }
            for (String value : entry.getValue()) {
                params.add(encode(name) + "=" + encode(value));
            }
        }
        params.add(LanguageViewHandler.PARAMETER + "=" + language);
        Object forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
        String path = forwarded != null ? forwarded.toString() : request.getRequestURI();
        return path + "?" + String.join("&", params);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
