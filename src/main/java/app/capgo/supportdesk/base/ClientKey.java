package app.capgo.supportdesk.base;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Who a client is, for the limits that count clients: an IPv4 address as it is, an IPv6 address by
 * its /64 network (one subscriber gets a whole /64, so counting each address would give them an
 * unlimited quota). Anything that is not an address literal stays as it is (no name is looked up).
 */
public final class ClientKey {

    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+(%[0-9A-Za-z]+)?");

    private ClientKey() {
    }

    public static String of(String client) {
        if (!client.contains(":") || !IPV6_LITERAL.matcher(client).matches()) {
            return client;
        }
        try {
            byte[] bytes = InetAddress.getByName(client).getAddress(); // a literal: no name lookup
            return bytes.length == 16 ? "v6/64:" + HexFormat.of().formatHex(bytes, 0, 8) : client;
        } catch (UnknownHostException e) {
            return client;
        }
    }
}
