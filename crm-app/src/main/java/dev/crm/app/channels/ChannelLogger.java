package dev.crm.app.channels;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDK logger a plugin gets, writing to the application's log under {@code channel.<instance>}.
 * Plugins depend on no logging library; the host decides where their lines go.
 */
final class ChannelLogger implements System.Logger {

    private final Logger log;

    ChannelLogger(String channelInstanceId) {
        this.log = LoggerFactory.getLogger("channel." + channelInstanceId);
    }

    @Override
    public String getName() {
        return log.getName();
    }

    @Override
    public boolean isLoggable(Level level) {
        return switch (level) {
            case ALL, TRACE -> log.isTraceEnabled();
            case DEBUG -> log.isDebugEnabled();
            case INFO -> log.isInfoEnabled();
            case WARNING -> log.isWarnEnabled();
            case ERROR -> log.isErrorEnabled();
            case OFF -> false;
        };
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
        write(level, message, thrown);
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        if (isLoggable(level)) {
            // System.Logger formats with MessageFormat ({0}, {1}), not SLF4J's {}.
            write(level, params == null || params.length == 0 ? format : MessageFormat.format(format, params), null);
        }
    }

    @Override
    public void log(Level level, Supplier<String> message) {
        if (isLoggable(level)) {
            write(level, message.get(), null);
        }
    }

    private void write(Level level, String message, Throwable thrown) {
        switch (level) {
            case ALL, TRACE -> log.trace(message, thrown);
            case DEBUG -> log.debug(message, thrown);
            case INFO -> log.info(message, thrown);
            case WARNING -> log.warn(message, thrown);
            case ERROR -> log.error(message, thrown);
            case OFF -> { }
        }
    }
}
