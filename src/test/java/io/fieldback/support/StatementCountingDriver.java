package io.fieldback.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Test-only JDBC driver (set in the test profile): MySQL Connector/J underneath, with every statement the
 * app executes counted for the thread that {@link StatementCounter} is probing. Nothing is counted on a
 * thread that is not probed, so background jobs never blur a request's figure.
 */
public class StatementCountingDriver implements Driver {

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    private final Driver delegate = new com.mysql.cj.jdbc.Driver();

    public StatementCountingDriver() throws SQLException {
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Connection connection = delegate.connect(url, info);
        return connection == null ? null : proxy(Connection.class, connection, (target, method, args) -> {
            Object result = invoke(target, method, args);
            String prepared = args != null && args.length > 0 && args[0] instanceof String sql ? sql : null;
            if (result instanceof CallableStatement s) {
                return proxy(CallableStatement.class, s, counting(prepared));
            }
            if (result instanceof PreparedStatement s) {
                return proxy(PreparedStatement.class, s, counting(prepared));
            }
            if (result instanceof Statement s) {
                return proxy(Statement.class, s, counting(null));
            }
            return result;
        });
    }

    /** {@code prepared}: the prepared statement's SQL; null for a plain statement, whose SQL comes with each execution. */
    private static Handler counting(String prepared) {
        return (target, method, args) -> {
            if (EXECUTIONS.contains(method.getName())) {
                String sql = prepared != null ? prepared
                        : args != null && args.length > 0 && args[0] instanceof String s ? s : "";
                StatementCounter.counted(sql.stripLeading().regionMatches(true, 0, "select", 0, 6));
            }
            return invoke(target, method, args);
        };
    }

    private interface Handler {
        Object handle(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler handler) {
        InvocationHandler invocation = (p, method, args) -> handler.handle(target, method, args);
        return (T) Proxy.newProxyInstance(StatementCountingDriver.class.getClassLoader(), new Class<?>[] { type },
                invocation);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
        return delegate.acceptsURL(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return delegate.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return delegate.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return delegate.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return delegate.jdbcCompliant();
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getLogger("io.fieldback.support");
    }
}
