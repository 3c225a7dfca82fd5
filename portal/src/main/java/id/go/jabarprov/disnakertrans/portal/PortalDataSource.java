package id.go.jabarprov.disnakertrans.portal;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database chosen by {@code portal.db.url} alone: an H2 file URL for the embedded default, a
 * PostgreSQL URL for production. Payara pools the connections this class hands out.
 */
public class PortalDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private DataSource target;

    public void setUrl(String url) { this.url = url; target = null; }
    public String getUrl() { return url; }
    /** The same as {@link #setUrl}; pools differ in which spelling they call. */
    public void setURL(String url) { setUrl(url); }
    public String getURL() { return url; }
    public void setUser(String user) { this.user = user; target = null; }
    public String getUser() { return user; }
    public void setPassword(String password) { this.password = password; target = null; }
    public String getPassword() { return password; }

    private synchronized DataSource target() throws SQLException {
        if (target == null) {
            if (url == null) {
                throw new SQLException("portal.db.url is not set");
            }
            if (url.startsWith("jdbc:postgresql:")) {
                PGSimpleDataSource pg = new PGSimpleDataSource();
                pg.setURL(url);
                pg.setUser(user);
                pg.setPassword(password);
                target = pg;
            } else if (url.startsWith("jdbc:h2:")) {
                JdbcDataSource h2 = new JdbcDataSource();
                h2.setURL(url);
                h2.setUser(user);
                h2.setPassword(password == null ? "" : password);
                target = h2;
            } else {
                throw new SQLException("Unsupported portal.db.url (use jdbc:h2: or jdbc:postgresql:)");
            }
        }
        return target;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        return target().getConnection(username, pass);
    }

    @Override
    public PrintWriter getLogWriter() { return null; }
    @Override
    public void setLogWriter(PrintWriter out) { }
    @Override
    public void setLoginTimeout(int seconds) { }
    @Override
    public int getLoginTimeout() { return 0; }
    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException { throw new SQLFeatureNotSupportedException(); }
    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException { throw new SQLException("not a wrapper"); }
    @Override
    public boolean isWrapperFor(Class<?> iface) { return false; }
}
