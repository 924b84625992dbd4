package dev.crm.channel.email;

/**
 * Makes the plugin's class loader the thread's context class loader until closed. Jakarta Mail
 * finds its protocol providers and stream provider through the context class loader, and the host
 * calls the plugin from its own threads, whose context loader cannot see the Angus classes shaded
 * into this plugin.
 */
final class PluginClassLoaderScope implements AutoCloseable {

    private final Thread thread;
    private final ClassLoader previous;

    private PluginClassLoaderScope(Thread thread, ClassLoader previous) {
        this.thread = thread;
        this.previous = previous;
    }

    static PluginClassLoaderScope enter() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(EmailChannel.class.getClassLoader());
        return new PluginClassLoaderScope(thread, previous);
    }

    @Override
    public void close() {
        thread.setContextClassLoader(previous);
    }
}
