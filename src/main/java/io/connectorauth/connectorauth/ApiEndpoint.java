package io.connectorauth.connectorauth;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An endpoint URL split into its password and the rest, so the password can be stored encrypted and masked in
 * responses. {@code sftp://user:pw@host/path} becomes {@code sftp://user@host/path} and {@code pw}.
 *
 * @param withoutPassword the URL with the password (and its colon) removed from the user info
 * @param password the password exactly as written in the URL (still percent-encoded), or null
 */
record ApiEndpoint(String withoutPassword, String password) {

    private static final Pattern URL = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*)://([^/?#]*)(.*)", Pattern.DOTALL);

    @Override
    public String toString() {
        return "ApiEndpoint[" + masked() + "]";
    }

    /**
     * Splits a URL, or returns null when it is not an absolute URL with a host.
     */
    static ApiEndpoint parse(String url) {
        if (!isValidUri(url)) {
            return null;
        }
        Matcher matcher = URL.matcher(url);
        if (!matcher.matches()) {
            return null;
        }
        String authority = matcher.group(2);
        int at = authority.lastIndexOf('@');
        String host = authority.substring(at + 1);
        if (host.isEmpty() || host.startsWith(":")) {
            return null;
        }
        if (at < 0) {
            return new ApiEndpoint(url, null);
        }
        String userInfo = authority.substring(0, at);
        int colon = userInfo.indexOf(':');
        if (colon < 0) {
            return new ApiEndpoint(url, null);
        }
        String user = userInfo.substring(0, colon);
        String rest = matcher.group(1) + "://" + user + "@" + host + matcher.group(3);
        return new ApiEndpoint(rest, userInfo.substring(colon + 1));
    }

    /**
     * Returns the full URL with the password put back.
     */
    String full() {
        return withPassword(password);
    }

    /**
     * Returns the URL with the password replaced by the mask, for responses.
     */
    String masked() {
        return withPassword(password == null ? null : SecretMask.VALUE);
    }

    /**
     * Returns the scheme, host and port, lower-cased: the destination of the credential, independent of the user name.
     */
    String origin() {
        Matcher matcher = URL.matcher(withoutPassword);
        if (!matcher.matches()) {
            return withoutPassword;
        }
        String authority = matcher.group(2);
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        return (matcher.group(1) + "://" + host).toLowerCase(java.util.Locale.ROOT);
    }

    ApiEndpoint withStoredPassword(String storedPassword) {
        return new ApiEndpoint(withoutPassword, storedPassword);
    }

    static String mask(String withoutPassword, boolean hasPassword) {
        return new ApiEndpoint(withoutPassword, hasPassword ? SecretMask.VALUE : null).full();
    }

    private String withPassword(String value) {
        if (value == null) {
            return withoutPassword;
        }
        Matcher matcher = URL.matcher(withoutPassword);
        if (!matcher.matches()) {
            return withoutPassword;
        }
        String authority = matcher.group(2);
        int at = authority.lastIndexOf('@');
        String user = at < 0 ? "" : authority.substring(0, at);
        String host = authority.substring(at + 1);
        return matcher.group(1) + "://" + user + ":" + value + "@" + host + matcher.group(3);
    }

    private static boolean isValidUri(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && uri.getRawAuthority() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
