package de.gemeinsinn.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements a piece of code runs on the current thread, to prove that a page needs
 * the same number of statements with 5 or 200 rows (no N+1). Registered for every {@link
 * GemeinsinnTest} context: the application's {@link DataSource} is wrapped (keeping its class, so
 * Hikari's {@code close()} and metrics still work); counting is off unless {@link #count} runs.
 *
 * <pre>{@code
 * SqlStatementCounter.Result r = SqlStatementCounter.count(() -> mvc.perform(get("/gruppen/x")));
 * assertThat(r.count()).isEqualTo(expected);
 * }</pre>
 *
 * <p>MockMvc requests run on the calling thread, so their statements are counted; requests over
 * HTTP (TestRestTemplate, browser) run on server threads and are not.
 */
public final class SqlStatementCounter {

    /** What ran: the number of executed statements and their SQL, in order. */
    public record Result<T>(T value, int count, List<String> statements) {}

    private static final ThreadLocal<List<String>> CURRENT = new ThreadLocal<>();

    private static final Set<String> EXECUTE =
            Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch");

    private SqlStatementCounter() {}

    /** Runs the action and counts the statements it executes on this thread. */
    public static <T> Result<T> count(Callable<T> action) throws Exception {
        List<String> previous = CURRENT.get();
        List<String> statements = new ArrayList<>();
        CURRENT.set(statements);
        try {
            T value = action.call();
            return new Result<>(value, statements.size(), List.copyOf(statements));
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    static DataSource wrap(DataSource target) {
        ProxyFactory factory = new ProxyFactory(target);
        factory.setProxyTargetClass(true);
        factory.addAdvice((MethodInterceptor) invocation -> {
            Object result = invocation.proceed();
            if (result instanceof Connection c
                    && invocation.getMethod().getName().equals("getConnection")) {
                return connection(c);
            }
            return result;
        });
        return (DataSource) factory.getProxy(SqlStatementCounter.class.getClassLoader());
    }

    private static Connection connection(Connection target) {
        return proxy(Connection.class, target, (method, args, result) -> {
            if (result instanceof Statement s) {
                String sql = args != null && args.length > 0 && args[0] instanceof String q ? q : null;
                return statement(s, sql);
            }
            return result;
        });
    }

    private static Statement statement(Statement target, String preparedSql) {
        Class<?> type = target instanceof java.sql.CallableStatement
                ? java.sql.CallableStatement.class
                : target instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
        return (Statement) proxy(type, target, (method, args, result) -> result, (method, args) -> {
            if (EXECUTE.contains(method.getName())) {
                List<String> statements = CURRENT.get();
                if (statements != null) {
                    String sql = args != null && args.length > 0 && args[0] instanceof String q ? q : preparedSql;
                    statements.add(sql == null ? "?" : sql.strip().replaceAll("\\s+", " "));
                }
            }
        });
    }

    private interface After {
        Object apply(Method method, Object[] args, Object result) throws Exception;
    }

    private interface Before {
        void accept(Method method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Object target, After after) {
        return proxy(type, target, after, (m, a) -> {});
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<?> type, Object target, After after, Before before) {
        InvocationHandler handler = (p, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> c && c.isInstance(p)) {
                return p;
            }
            before.accept(method, args);
            try {
                return after.apply(method, args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    /** Wraps the application's DataSource; imported by {@link GemeinsinnTest}. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        static BeanPostProcessor sqlStatementCountingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource ds && !(bean instanceof org.springframework.aop.framework.Advised)
                            ? wrap(ds)
                            : bean;
                }
            };
        }
    }
}
