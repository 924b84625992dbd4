package dev.crm.channel.email;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.concurrent.Callable;

/**
 * Runs code on a thread whose context class loader holds its own copy of Jakarta Mail, as a host
 * thread of an application with Spring Boot's mail starter would: its providers are foreign
 * classes to the plugin's Jakarta Mail.
 */
final class HostClassLoader {

    /** What the call returned, and the context class loader the thread had right after it. */
    record Outcome<T>(T value, ClassLoader contextClassLoaderAfterwards, ClassLoader hostLoader) {
    }

    private HostClassLoader() {
    }

    static <T> Outcome<T> call(Callable<T> call) throws Exception {
        try (URLClassLoader hostLoader = new URLClassLoader(new URL[] {jarOf(jakarta.mail.Session.class),
                jarOf(org.eclipse.angus.mail.smtp.SMTPTransport.class), jarOf(jakarta.activation.DataHandler.class)},
                null)) {
            Thread thread = Thread.currentThread();
            ClassLoader original = thread.getContextClassLoader();
            thread.setContextClassLoader(hostLoader);
            try {
                T value = call.call();
                return new Outcome<>(value, thread.getContextClassLoader(), hostLoader);
            } finally {
                thread.setContextClassLoader(original);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static URL jarOf(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }
}
