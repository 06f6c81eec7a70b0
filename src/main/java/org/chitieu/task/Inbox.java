package org.chitieu.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import org.chitieu.datavalue.FigureReturned;
import org.chitieu.obstacle.Obstacle;
import org.chitieu.obstacle.ObstacleEscalated;
import org.chitieu.obstacle.ObstacleResolved;
import org.chitieu.security.AccessPolicy;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.security.Role;
import org.chitieu.security.Users;
import org.chitieu.web.InputError;
import org.chitieu.web.InvalidInputException;
import org.chitieu.web.NotFoundException;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The in-app inbox. Notifications are written in the same transaction as what caused them; the
 * {@link TaskMailer} mails them afterwards, so a failed mail never undoes an assignment.
 */
@Service
public class Inbox {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private final Notifications notifications;

	private final Users users;

	private final AccessPolicy access;

	private final Clock clock;

	Inbox(Notifications notifications, Users users, AccessPolicy access, Clock clock) {
		this.notifications = notifications;
		this.users = users;
		this.access = access;
		this.clock = clock;
	}

	public List<Notification> list(ChiTieuUser user) {
		return this.notifications.inbox(user.id(), 200);
	}

	public int unread(ChiTieuUser user) {
		return this.notifications.unread(user.id());
	}

	@Transactional
	public void markRead(ChiTieuUser user, long id) {
		if (!this.notifications.markRead(user.id(), id, this.clock.instant())) {
			throw new NotFoundException("task.notificationNotFound", id);
		}
	}

	/** Where the user's task mail goes; blank stops it. */
	@Transactional
	public void saveAddress(ChiTieuUser user, String email) {
		String address = email == null || email.isBlank() ? null : email.strip();
		if (address != null && (address.length() > 254 || !EMAIL.matcher(address).matches())) {
			throw new InvalidInputException("task.invalid", InputError.of("email", "task.email"));
		}
		this.notifications.saveAddress(user.id(), address);
	}

	public String address(ChiTieuUser user) {
		return this.notifications.address(user.id()).orElse(null);
	}

	/** Tells whoever submitted a figure that it was returned, in the review's transaction. */
	@EventListener
	void figureReturned(FigureReturned returned) {
		this.users.findByUsername(returned.submittedBy())
			.filter(ChiTieuUser::enabled)
			.ifPresent(user -> this.notifications.insert(user.id(), Notification.Kind.RETURNED, null, null, returned.subject(),
					null, this.clock.instant()));
	}

	/** Tells the staff of the agencies (reporters and heads) about a task. */
	void toAgencies(Collection<Long> agencyIds, Notification.Kind kind, Task task, LocalDate dueOn) {
		this.users.findAll()
			.stream()
			.filter(user -> user.enabled() && user.agencyId() != null && agencyIds.contains(user.agencyId()))
			.forEach(user -> this.notifications.insert(user.id(), kind, task.id(), null, task.title(), dueOn,
					this.clock.instant()));
	}

	/** Tells the leaders whose subtree holds its org unit of an obstacle that went to them, in the same transaction. */
	@EventListener
	void escalated(ObstacleEscalated escalated) {
		Obstacle obstacle = escalated.obstacle();
		this.users.findAll()
			.stream()
			.filter(user -> user.enabled() && user.is(Role.LEADER) && this.access.canRead(user, obstacle.orgUnitId()))
			.forEach(user -> this.notifications.insert(user.id(), Notification.Kind.OBSTACLE, obstacle.taskId(),
					obstacle.id(), obstacle.description(), null, this.clock.instant()));
	}

	/** Sends the answer or resolution back to the agency that owns the obstacle and whoever raised it. */
	@EventListener
	void resolved(ObstacleResolved resolved) {
		Obstacle obstacle = resolved.obstacle();
		this.users.findAll()
			.stream()
			.filter(user -> user.enabled() && (obstacle.agencyId() != null && obstacle.agencyId().equals(user.agencyId())
					|| user.username().equals(obstacle.raisedBy())))
			.forEach(user -> this.notifications.insert(user.id(), Notification.Kind.ANSWER, obstacle.taskId(),
					obstacle.id(), obstacle.description(), null, this.clock.instant()));
	}

}
