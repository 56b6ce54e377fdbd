import { EventEmitter } from 'node:events';
import type { EventName, Events } from '../../shared/contract/events';

/** A typed push-event bus: core emits, transports (IPC, SSE) forward to windows. */
export class EventBus {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(100);
  }

  /** Publishes an event to every listener. */
  emit<E extends EventName>(name: E, payload: Events[E]): void {
    this.emitter.emit(name, payload);
  }

  /** Subscribes to an event; returns the unsubscribe function. */
  on<E extends EventName>(name: E, listener: (payload: Events[E]) => void): () => void {
    this.emitter.on(name, listener);
    return () => this.emitter.off(name, listener);
  }
}
