package id.go.jabarprov.disnakertrans.platform.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The short address printed in QR codes, {@code /public/verify/<code>}, served by the verification page. */
@WebServlet("/public/verify/*")
public class VerifyLinkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String code = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        request.getRequestDispatcher("/public/verify.xhtml?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8))
                .forward(request, response);
    }
}
