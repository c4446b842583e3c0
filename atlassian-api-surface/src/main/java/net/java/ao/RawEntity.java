package net.java.ao;

import java.beans.PropertyChangeListener;
import net.java.ao.schema.Ignore;

// Source: DEC-P6 activeobjects-plugin 5.2.1 net/java/ao (getEntityManager() is not mirrored: EntityManager is not used by the plugin)
public interface RawEntity<T> {
    @Ignore
    void init();

    @Ignore
    void save();

    @Ignore
    <X extends RawEntity<T>> Class<X> getEntityType();

    @Ignore
    void addPropertyChangeListener(PropertyChangeListener listener);

    @Ignore
    void removePropertyChangeListener(PropertyChangeListener listener);
}
